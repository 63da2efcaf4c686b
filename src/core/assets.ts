import { readFileSync } from 'node:fs';
import { packagePath } from './package-root.js';

/**
 * Reads one of lparlint's own data files — `package.json`, `schemas/*.json`, `rules/*.md`,
 * `rules/*.json` — by its path in the package (with `/`), as text. Every such read goes through
 * here: the one-file bundle (`npm run bundle`, scripts/bundle.mjs) replaces this module with one
 * that holds those files, so the bundle runs where the package's folders are not. Throws as
 * readFileSync does when the file is missing.
 */
export function readAsset(relativePath: string): string {
  return readFileSync(packagePath(...relativePath.split('/')), 'utf8');
}
