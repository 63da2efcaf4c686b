import { chmod, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ChangedOnDiskError, writeFileAtomic, type WriterFs } from '../../src/fix/write-atomic.js';
import { tempTree } from '../read/temp-tree.js';
import { failingRename, FULL_DISK, fsWith, fsWithHandle, NO_PERMISSION, injected } from './failing-fs.js';

const ORIGINAL = 'name=lpar05, lpar_id=15\n';
const FIXED = 'name=lpar05,lpar_id=15\n';

async function folderWithProfile(): Promise<{ dir: string; file: string }> {
  const dir = await tempTree({ 'p.cfg': ORIGINAL });
  return { dir, file: join(dir, 'p.cfg') };
}

describe('writeFileAtomic', () => {
  it('replaces the file, leaving no temporary file', async () => {
    const { dir, file } = await folderWithProfile();
    await writeFileAtomic(file, FIXED, { expected: ORIGINAL });
    expect(await readFile(file, 'utf8')).toBe(FIXED);
    expect(await readdir(dir)).toEqual(['p.cfg']);
  });

  it.each([0o640, 0o755, 0o600])('keeps the file mode %o', async (mode) => {
    const { file } = await folderWithProfile();
    await chmod(file, mode);
    await writeFileAtomic(file, FIXED);
    expect((await stat(file)).mode & 0o7777).toBe(mode);
  });

  it('keeps the original as <file>.orig with backup', async () => {
    const { dir, file } = await folderWithProfile();
    await writeFileAtomic(file, FIXED, { backup: true });
    expect(await readFile(file, 'utf8')).toBe(FIXED);
    expect(await readFile(`${file}.orig`, 'utf8')).toBe(ORIGINAL);
    expect((await readdir(dir)).sort()).toEqual(['p.cfg', 'p.cfg.orig']);
  });

  it('does not replace an existing file when exclusive', async () => {
    const { file } = await folderWithProfile();
    await expect(writeFileAtomic(file, FIXED, { exclusive: true })).rejects.toMatchObject({ code: 'EEXIST' });
    expect(await readFile(file, 'utf8')).toBe(ORIGINAL);
  });

  describe('a failure leaves the original byte for byte and no temporary file', () => {
    const failures: [string, WriterFs, RegExp | string][] = [
      ['the rename fails (a crash after the temporary file is written)', failingRename(), 'EIO'],
      ['the disk is full while writing', FULL_DISK, 'ENOSPC'],
      ['the folder does not allow creating a file', NO_PERMISSION, 'EACCES'],
      ['the backup cannot be made', fsWith({ copyFile: async () => Promise.reject(Object.assign(new Error('EDQUOT: quota exceeded'), { code: 'EDQUOT' })) }), 'EDQUOT'],
    ];
    for (const [name, fs, code] of failures) {
      it(name, async () => {
        const { dir, file } = await folderWithProfile();
        await expect(writeFileAtomic(file, FIXED, { expected: ORIGINAL, backup: true, fs })).rejects.toMatchObject({ code });
        expect(await readFile(file, 'utf8')).toBe(ORIGINAL);
        expect((await readdir(dir)).filter((f) => f !== 'p.cfg.orig')).toEqual(['p.cfg']);
      });
    }

    it('the rename fails after the whole text was written and flushed to the temporary file', async () => {
      const { dir, file } = await folderWithProfile();
      let temp = '';
      let tempText = '';
      const fs = failingRename(async (from) => {
        temp = from;
        tempText = await readFile(from, 'utf8');
      });
      await expect(writeFileAtomic(file, FIXED, { fs })).rejects.toThrow('EIO');
      // The temporary file sat next to the original, complete, when the rename was due.
      expect(join(temp, '..')).toBe(dir);
      expect(tempText).toBe(FIXED);
      expect(await readFile(file, 'utf8')).toBe(ORIGINAL);
      expect(await readdir(dir)).toEqual(['p.cfg']);
    });
  });

  describe('a file changed by someone else is not overwritten', () => {
    it('changed before lparlint writes', async () => {
      const { dir, file } = await folderWithProfile();
      await writeFile(file, 'edited by hand\n');
      await expect(writeFileAtomic(file, FIXED, { expected: ORIGINAL })).rejects.toBeInstanceOf(ChangedOnDiskError);
      expect(await readFile(file, 'utf8')).toBe('edited by hand\n');
      expect(await readdir(dir)).toEqual(['p.cfg']);
    });

    it('changed while lparlint writes its temporary file', async () => {
      const { dir, file } = await folderWithProfile();
      const fs = fsWithHandle('sync', async (handle) => {
        await handle.sync();
        await writeFile(file, 'edited by hand\n');
      });
      const failure = writeFileAtomic(file, FIXED, { expected: ORIGINAL, fs });
      await expect(failure).rejects.toBeInstanceOf(ChangedOnDiskError);
      await expect(failure).rejects.toThrow(`${file} changed on disk while lparlint was working on it; nothing was written (run again)`);
      expect(await readFile(file, 'utf8')).toBe('edited by hand\n');
      expect(await readdir(dir)).toEqual(['p.cfg']);
    });
  });
});

afterAll(() => {
  console.log(`faults injected (write-atomic): ${injected.count} write errors raised by failing file systems`);
});
