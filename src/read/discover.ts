import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { displayPath } from './display-path.js';
import { InputError } from './input-error.js';

/** The path argument that means "read standard input". */
export const STDIN_ARGUMENT = '-';
export const DEFAULT_PATTERN = '**/*.cfg';
export const DEFAULT_STDIN_NAME = '<stdin>';

/** One thing to lint, in report order. `path` is what reports show. */
export type Target =
  | { readonly kind: 'file'; readonly path: string; readonly absolute: string }
  | { readonly kind: 'stdin'; readonly path: string }
  /** A directory met while walking that could not be listed: reported, not fatal. */
  | { readonly kind: 'unlisted-directory'; readonly path: string; readonly absolute: string; readonly error: unknown };

export interface DiscoverOptions {
  readonly cwd: string;
  /** Glob that picks profile files inside directories, matched against the path below the directory given. */
  readonly pattern: string;
  /** Name shown for standard input. */
  readonly stdinFilename?: string;
  /** True for a file that directory walks skip (the config's `ignore`); files given by name are still checked. */
  readonly ignored?: (absolute: string) => boolean;
}

/**
 * Expands the command line's paths into targets: files as given (whatever their name), directories
 * recursively through `pattern`, `-` as standard input. Each file appears once, at its first mention.
 * Throws InputError for a path that does not exist and for a directory without profile files.
 */
export async function discoverTargets(paths: readonly string[], options: DiscoverOptions): Promise<Target[]> {
  const targets: Target[] = [];
  // A single path argument cannot name a file twice: its set of keys would only cost memory (100,000 files: ~10 MB).
  const seen = paths.length > 1 ? new Set<string>() : undefined;
  const add = (target: Target): void => {
    if (!seen) {
      targets.push(target);
      return;
    }
    const key = target.kind === 'stdin' ? STDIN_ARGUMENT : target.absolute;
    if (seen.has(key)) return;
    seen.add(key);
    targets.push(target);
  };
  const matches = picomatch(options.pattern);
  for (const given of paths) {
    if (given === STDIN_ARGUMENT) {
      add({ kind: 'stdin', path: options.stdinFilename ?? DEFAULT_STDIN_NAME });
      continue;
    }
    const absolute = resolve(options.cwd, given);
    const isDirectory = await statDirectory(given, absolute);
    if (!isDirectory) {
      add({ kind: 'file', path: displayPath(options.cwd, absolute), absolute });
      continue;
    }
    const wanted = (below: string, file: string): boolean => matches(below) && !options.ignored?.(file);
    const found: Target[] = [];
    await walk(absolute, '', { wanted, cwd: options.cwd, found });
    if (found.length === 0) {
      throw new InputError(`no profile files matching "${options.pattern}" in ${given} (choose others with --pattern)`);
    }
    for (const target of found) add(target);
  }
  return targets;
}

/** True for a directory, false for anything else that exists; throws InputError when nothing is there. */
async function statDirectory(given: string, absolute: string): Promise<boolean> {
  try {
    return (await stat(absolute)).isDirectory();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new InputError(`no such file or directory: ${given}`);
    // It exists but cannot be examined (permissions): reading it will report why, as an `io` finding.
    return false;
  }
}

/** What a walk carries down: the file filter, where display paths start, and where found files go. */
interface Walk {
  /** Takes the path below the walked directory (`/`-separated, as patterns are written) and the absolute path. */
  readonly wanted: (below: string, absolute: string) => boolean;
  readonly cwd: string;
  readonly found: Target[];
}

/**
 * Appends the files below `directory` that `wanted` accepts to `into.found`, sorted by name at each
 * level so reports are stable. `below` is the directory's path under the walk's start, `/`-separated.
 * Symbolic links to files are followed; links to directories are not, which rules out loops.
 * A link whose target is missing is kept if its name matches, so reading it reports the broken link.
 * FIFOs, sockets and devices are left out unopened (opening a FIFO waits for a writer); a link to
 * one is kept, and the reader reports it without blocking (see load.ts).
 * A file's paths are its directory's plus its name, not computed from scratch (path.join,
 * path.relative, a split and a join each): at 100,000 files in one directory that churn
 * was most of the discovery's time and garbage.
 */
async function walk(directory: string, below: string, into: Walk): Promise<void> {
  let entries: Dirent[];
  try {
    entries = await readdir(directory, { withFileTypes: true });
  } catch (error) {
    into.found.push({ kind: 'unlisted-directory', path: displayPath(into.cwd, directory), absolute: directory, error });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  // Computed once per directory: within it, a file's paths are the directory's plus its name.
  const shown = displayPath(into.cwd, directory);
  const absolutePrefix = withTrailing(directory, sep);
  const shownPrefix = shown === '.' ? '' : withTrailing(shown, '/');
  for (const entry of entries) {
    const absolute = absolutePrefix + entry.name;
    const belowEntry = below === '' ? entry.name : `${below}/${entry.name}`;
    if (entry.isDirectory()) {
      await walk(absolute, belowEntry, into);
    } else if ((entry.isFile() || (entry.isSymbolicLink() && !(await isLinkToDirectory(absolute)))) && into.wanted(belowEntry, absolute)) {
      into.found.push({ kind: 'file', path: shownPrefix + entry.name, absolute });
    }
  }
}

/** A directory's path ending with the separator, ready to take a name; a root (`/`, `C:\\`) already ends with it. */
function withTrailing(directory: string, separator: string): string {
  return directory.endsWith(separator) ? directory : directory + separator;
}

async function isLinkToDirectory(absolute: string): Promise<boolean> {
  try {
    return (await stat(absolute)).isDirectory();
  } catch {
    return false;
  }
}
