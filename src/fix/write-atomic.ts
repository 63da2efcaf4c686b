import { randomBytes } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { decodeProfile } from '../read/decode.js';

/** The file operations the writer uses: the real ones, or a test's that fail on purpose. */
export interface WriterFs {
  readonly readFile: (path: string) => Promise<Uint8Array>;
  readonly stat: (path: string) => Promise<{ mode: number }>;
  readonly open: typeof fsp.open;
  readonly copyFile: (from: string, to: string) => Promise<void>;
  readonly rename: (from: string, to: string) => Promise<void>;
  readonly link: (from: string, to: string) => Promise<void>;
  readonly unlink: (path: string) => Promise<void>;
}

export const NODE_FS: WriterFs = {
  readFile: (path) => fsp.readFile(path),
  stat: (path) => fsp.stat(path),
  open: fsp.open,
  copyFile: (from, to) => fsp.copyFile(from, to),
  rename: (from, to) => fsp.rename(from, to),
  link: (from, to) => fsp.link(from, to),
  unlink: (path) => fsp.unlink(path),
};

export interface AtomicWriteOptions {
  /** The text the caller read: if the file no longer holds it, someone else changed it; do not write. */
  readonly expected?: string;
  /** Keep the original as `<file>.orig` before replacing it. */
  readonly backup?: boolean;
  /** Refuse to replace an existing file (`generate` without --force). */
  readonly exclusive?: boolean;
  readonly fs?: WriterFs;
}

/** The file changed between lparlint reading and writing it; nothing was written. */
export class ChangedOnDiskError extends Error {
  constructor(readonly path: string) {
    super(`${path} changed on disk while lparlint was working on it; nothing was written (run again)`);
  }
}

/**
 * Replaces `path` with `text` so that a crash at any moment leaves either the old file or the new
 * one, never a mix: write a temporary file in the same folder (same file system, so the rename is
 * atomic), flush it to disk, give it the original's mode, then rename it over the original. On any
 * failure the temporary file is removed and the original is untouched.
 */
export async function writeFileAtomic(path: string, text: string, options: AtomicWriteOptions = {}): Promise<void> {
  const fs = options.fs ?? NODE_FS;
  const mode = await existingMode(fs, path);
  if (options.exclusive && mode !== undefined) throw Object.assign(new Error(`${path} exists`), { code: 'EEXIST' });
  if (options.expected !== undefined && !(await holds(fs, path, options.expected))) throw new ChangedOnDiskError(path);

  const temp = join(dirname(path), `.${basename(path)}.lparlint-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  let created = false;
  try {
    const handle = await fs.open(temp, 'wx', mode ?? 0o644);
    created = true;
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
      if (mode !== undefined) await handle.chmod(mode);
    } finally {
      await handle.close();
    }
    if (options.backup && mode !== undefined) await fs.copyFile(path, `${path}.orig`);
    // Checked again just before the rename, which shortens the window for a lost concurrent edit.
    if (options.expected !== undefined && !(await holds(fs, path, options.expected))) throw new ChangedOnDiskError(path);
    if (options.exclusive) {
      // A hard link fails if the name exists, even one created a moment ago; rename would replace it.
      await fs.link(temp, path);
    } else {
      await fs.rename(temp, path);
      created = false;
    }
  } finally {
    if (created) await fs.unlink(temp).catch(() => undefined);
  }
}

async function existingMode(fs: WriterFs, path: string): Promise<number | undefined> {
  try {
    return (await fs.stat(path)).mode & 0o7777;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Compared as decoded text, as lparlint read it, so a file with bad bytes is judged the same way. */
async function holds(fs: WriterFs, path: string, text: string): Promise<boolean> {
  return decodeProfile(await fs.readFile(path)) === text;
}
