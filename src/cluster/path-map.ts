import { isAbsolute, join, posix } from 'node:path';
import { displayPath } from '../read/display-path.js';

/** One `--path-map FROM=TO`: ProfileFile paths under FROM (on the cluster nodes) are read from TO. */
export interface PathMapping {
  readonly from: string;
  readonly to: string;
}

/** Parses `--path-map` values; returns the bad value's message instead of throwing. */
export function parsePathMappings(values: readonly string[]): PathMapping[] | { error: string } {
  const mappings = new Map<string, PathMapping>();
  for (const value of values) {
    const at = value.indexOf('=');
    const from = at < 0 ? '' : value.slice(0, at);
    const to = at < 0 ? '' : value.slice(at + 1);
    if (!from || !to) {
      return { error: `--path-map ${value}: expected FROM=TO, e.g. --path-map /configfile=./configs` };
    }
    // The same FROM again replaces the earlier mapping: the last one wins, as with --rule.
    const normal = posix.normalize(from).replace(/\/+$/, '') || '/';
    mappings.set(normal, { from: normal, to });
  }
  // The longest FROM wins, so /configfile/special=... can refine /configfile=...
  return [...mappings.values()].sort((a, b) => b.from.length - a.from.length);
}

/**
 * Where to read a ProfileFile path from, when a mapping applies to it: FROM itself and paths below
 * it (whole path segments only: /configfile does not map /configfiles). `cwd` resolves a relative
 * TO. Undefined when no mapping applies: the file is then read where main.cf says.
 */
export function mapProfilePath(path: string, mappings: readonly PathMapping[], cwd: string): string | undefined {
  const normal = posix.normalize(path);
  for (const m of mappings) {
    const rest = pathBelow(normal, m.from);
    if (rest === undefined) continue;
    const base = isAbsolute(m.to) ? m.to : join(cwd, m.to);
    return rest ? join(base, rest) : base;
  }
  return undefined;
}

/**
 * The path to read a ProfileFile of main.cf from, as reports show it: mapped by `--path-map` and
 * relative to the working directory, or as main.cf gives it when no mapping applies.
 */
export function locateProfile(profileFile: string, mappings: readonly PathMapping[], cwd: string): string {
  const mapped = mapProfilePath(profileFile, mappings, cwd);
  return mapped === undefined ? profileFile : displayPath(cwd, mapped);
}

/** The part of a normalized path below `from` ('' for `from` itself); undefined when it is not under it. */
function pathBelow(path: string, from: string): string | undefined {
  // `/` holds every absolute path, but no relative one.
  if (from === '/') return path.startsWith('/') ? path.slice(1) : undefined;
  if (path === from) return '';
  return path.startsWith(from + '/') ? path.slice(from.length + 1) : undefined;
}
