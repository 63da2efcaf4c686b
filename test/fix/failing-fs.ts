import * as fsp from 'node:fs/promises';
import { NODE_FS, type WriterFs } from '../../src/fix/write-atomic.js';

/** An error as Node's fs functions raise it. */
/** How many faults the failing file systems raised in this test file, for the suite's summary line. */
export const injected = { count: 0 };

export function errno(code: string, message: string): NodeJS.ErrnoException {
  injected.count++;
  return Object.assign(new Error(`${code}: ${message}`), { code });
}

/** The real file operations, except where `overrides` fail on purpose (tests run as root, so chmod cannot). */
export function fsWith(overrides: Partial<WriterFs>): WriterFs {
  return { ...NODE_FS, ...overrides };
}

type Handle = Awaited<ReturnType<typeof fsp.open>>;

/**
 * A writer whose open file handles run `change` instead of their own method `method`: the real
 * handle underneath, so whatever reaches the disk before the failure does.
 */
export function fsWithHandle(method: 'writeFile' | 'sync', change: (handle: Handle, ...args: unknown[]) => Promise<void>): WriterFs {
  const open = (async (...args: Parameters<typeof fsp.open>) => {
    const handle = await fsp.open(...args);
    return new Proxy(handle, {
      get(target, key) {
        if (key === method) return (...callArgs: unknown[]) => change(target, ...callArgs);
        const value: unknown = Reflect.get(target, key);
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
  }) as typeof fsp.open;
  return fsWith({ open });
}

/** A full disk: part of the text reaches the temporary file, then the write fails with ENOSPC. */
export const FULL_DISK = fsWithHandle('writeFile', async (handle, text) => {
  await handle.write(String(text).slice(0, 10));
  throw errno('ENOSPC', 'no space left on device, write');
});

/** No permission to create a file in the folder. */
export const NO_PERMISSION = fsWith({
  open: async (path: Parameters<typeof fsp.open>[0]) => {
    throw errno('EACCES', `permission denied, open '${String(path)}'`);
  },
});

/** A crash between writing the temporary file and the rename, seen as the rename failing. */
export function failingRename(seen?: (temp: string) => Promise<void>): WriterFs {
  return fsWith({
    rename: async (from) => {
      await seen?.(from);
      throw errno('EIO', `i/o error, rename '${from}'`);
    },
  });
}
