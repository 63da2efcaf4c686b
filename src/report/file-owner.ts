import type { FileResult } from '../lint/lint-profile.js';

/**
 * Whom a checked file was checked for, in a cluster audit or with `--node`: `lpar05_res on lpar201`,
 * `node lpar201`, or undefined. One file may be checked for several nodes, so reports name it.
 */
export function fileOwner(file: FileResult): string | undefined {
  if (file.resource !== undefined) return `${file.resource} on ${file.node}`;
  return file.node !== undefined ? `node ${file.node}` : undefined;
}
