import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { displayPath } from '../read/display-path.js';

/**
 * How the baseline names files: relative to its own folder, with `/`, so that it stays valid
 * wherever the repository is checked out and whichever folder lparlint runs from.
 */
export class BaselinePaths {
  /** The baseline file's folder, absolute. */
  private readonly folder: string;

  constructor(
    private readonly cwd: string,
    /** The baseline file as the user gave it. */
    baselineFile: string,
  ) {
    this.folder = dirname(resolve(cwd, baselineFile));
  }

  /** The baseline's name for a file that reports show as `shown` (relative to the working directory, or absolute). */
  entry(shown: string): string {
    const absolute = resolve(this.cwd, shown);
    const rel = relative(this.folder, absolute);
    // On Windows a file on another drive has no relative path: keep it absolute.
    return (isAbsolute(rel) ? absolute : rel).split(sep).join('/');
  }

  /** Where a baseline entry's file is on disk. */
  absolute(entry: string): string {
    return resolve(this.folder, entry);
  }

  /** A baseline entry's file as reports show files, for messages. */
  shown(entry: string): string {
    return displayPath(this.cwd, this.absolute(entry));
  }
}
