import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
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
  const seen = new Set<string>();
  const add = (target: Target): void => {
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
    const wanted = (file: string): boolean => matches(relative(absolute, file).split(sep).join('/')) && !options.ignored?.(file);
    const found = await walk(absolute, wanted, options.cwd);
    if (found.length === 0) {
      throw new InputError(`no profile files matching "${options.pattern}" in ${given} (choose others with --pattern)`);
    }
    found.forEach(add);
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

/**
 * The files below `directory` that `wanted` accepts, sorted by name at each level so reports are
 * stable. Symbolic links to files are followed; links to directories are not, which rules out loops.
 * A link whose target is missing is kept if its name matches, so reading it reports the broken link.
 * FIFOs, sockets and devices are left out unopened (opening a FIFO waits for a writer); a link to
 * one is kept, and the reader reports it without blocking (see load.ts).
 */
async function walk(directory: string, wanted: (file: string) => boolean, cwd: string): Promise<Target[]> {
  let entries: Dirent[];
  try {
    entries = await readdir(directory, { withFileTypes: true });
  } catch (error) {
    return [{ kind: 'unlisted-directory', path: displayPath(cwd, directory), absolute: directory, error }];
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const found: Target[] = [];
  for (const entry of entries) {
    const absolute = join(directory, entry.name);
    if (entry.isDirectory()) {
      found.push(...(await walk(absolute, wanted, cwd)));
    } else if ((entry.isFile() || (entry.isSymbolicLink() && !(await isLinkToDirectory(absolute)))) && wanted(absolute)) {
      found.push({ kind: 'file', path: displayPath(cwd, absolute), absolute });
    }
  }
  return found;
}

async function isLinkToDirectory(absolute: string): Promise<boolean> {
  try {
    return (await stat(absolute)).isDirectory();
  } catch {
    return false;
  }
}
