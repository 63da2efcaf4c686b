import { readAsset } from './assets.js';

/** What lparlint's package.json says about lparlint itself. */
export interface PackageInfo {
  readonly name: string;
  readonly version: string;
  /** Where to read about lparlint; absent until package.json names a homepage. */
  readonly homepage?: string;
}

let cached: PackageInfo | undefined;

/** lparlint's name, version and homepage, read once from its package.json. */
export function packageInfo(): PackageInfo {
  if (cached) return cached;
  const json = JSON.parse(readAsset('package.json')) as { name: string; version: string; homepage?: unknown };
  cached = {
    name: json.name,
    version: json.version,
    ...(typeof json.homepage === 'string' && json.homepage !== '' ? { homepage: json.homepage } : {}),
  };
  return cached;
}
