import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROFILE_RULES } from '../../rules/index.js';
import { checkAndFix } from '../../src/fix/fix-profile.js';
import { writeFixes, type WriteFixesOptions } from '../../src/fix/write-fixes.js';
import type { WriterFs } from '../../src/fix/write-atomic.js';
import { lintProfile, type FileResult } from '../../src/lint/lint-profile.js';
import { tempTree } from '../read/temp-tree.js';
import { failingRename, FULL_DISK, fsWith, NO_PERMISSION, injected } from './failing-fs.js';
import { fixesFixture, NO_REPEATS } from './fix-fixture.js';

const BROKEN = fixesFixture('safe/read-only-state.cfg');
const FIXED = fixesFixture(NO_REPEATS);

/** The result of `check --fix` for `path` holding `text`, before anything is written. */
function fixedResult(path: string, text = BROKEN): FileResult {
  return checkAndFix(text, (t) => lintProfile(t, { path, rules: PROFILE_RULES }), 'safe');
}

const options = (cwd: string, more: Partial<WriteFixesOptions> = {}): WriteFixesOptions => ({ cwd, backup: false, readOnly: new Set(), ...more });

describe('writeFixes', () => {
  it('writes a fixed file and says so', async () => {
    const cwd = await tempTree({ 'p.cfg': BROKEN });
    const [result] = await writeFixes([fixedResult('p.cfg')], options(cwd));
    expect(result!.fix).toMatchObject({ original: BROKEN, applied: 1, written: true });
    expect(result!.diagnostics).toEqual([]);
    expect(await readFile(join(cwd, 'p.cfg'), 'utf8')).toBe(FIXED);
  });

  it('writes nothing for results without fixes (files only checked)', async () => {
    const cwd = await tempTree({ 'p.cfg': BROKEN });
    const checked = lintProfile(BROKEN, { path: 'p.cfg', rules: PROFILE_RULES });
    expect(await writeFixes([checked], options(cwd))).toEqual([checked]);
    expect(await readFile(join(cwd, 'p.cfg'), 'utf8')).toBe(BROKEN);
  });

  describe('a write that fails leaves the original, and the report says what happened', () => {
    const failures: [string, WriterFs, string][] = [
      ['the rename fails', failingRename(), 'EIO: i/o error, rename'],
      ['the disk is full', FULL_DISK, 'ENOSPC: no space left on device, write'],
      ['no permission in the folder', NO_PERMISSION, 'permission denied'],
    ];
    for (const [name, fs, why] of failures) {
      it(name, async () => {
        const cwd = await tempTree({ 'p.cfg': BROKEN });
        const [result] = await writeFixes([fixedResult('p.cfg')], options(cwd, { fs }));
        expect(result!.fix?.written).toBe(false);
        expect(result!.fix?.reason).toMatch(/^not written: .+; the original is unchanged$/);
        expect(result!.fix?.reason).toContain(why);
        expect(result!.diagnostics[0]).toMatchObject({ ruleId: 'io', severity: 'error', line: 1, column: 1 });
        expect(result!.diagnostics[0]!.message).toContain(`Cannot write the fixed file: ${why}`);
        expect(await readFile(join(cwd, 'p.cfg'), 'utf8')).toBe(BROKEN);
        expect(await readdir(cwd)).toEqual(['p.cfg']);
      });
    }

    it('the file changed on disk since it was read', async () => {
      const cwd = await tempTree({ 'p.cfg': BROKEN });
      const result = fixedResult('p.cfg');
      await writeFile(join(cwd, 'p.cfg'), 'edited by hand\n');
      const [after] = await writeFixes([result], options(cwd));
      expect(after!.fix?.reason).toBe('not written: it changed on disk while lparlint worked on it; the original is unchanged');
      expect(after!.diagnostics[0]!.ruleId).toBe('io');
      expect(await readFile(join(cwd, 'p.cfg'), 'utf8')).toBe('edited by hand\n');
      expect(await readdir(cwd)).toEqual(['p.cfg']);
    });

    it('the other files are still written', async () => {
      const cwd = await tempTree({ 'a.cfg': BROKEN, 'b.cfg': BROKEN });
      const fs = fsWith({ rename: async (from, to) => (to.endsWith('a.cfg') ? Promise.reject(new Error('EIO')) : rename(from, to)) });
      const [a, b] = await writeFixes([fixedResult('a.cfg'), fixedResult('b.cfg')], options(cwd, { fs }));
      expect([a!.fix?.written, b!.fix?.written]).toEqual([false, true]);
      expect(await readFile(join(cwd, 'a.cfg'), 'utf8')).toBe(BROKEN);
      expect(await readFile(join(cwd, 'b.cfg'), 'utf8')).toBe(FIXED);
      expect((await readdir(cwd)).sort()).toEqual(['a.cfg', 'b.cfg']);
    });
  });

  it('does not write standard input, and says so', async () => {
    const cwd = await tempTree({});
    const [result] = await writeFixes([fixedResult('<stdin>')], options(cwd, { readOnly: new Set(['<stdin>']) }));
    expect(result!.fix).toMatchObject({ written: false, reason: 'not written: standard input; use --fix-dry-run to see the changes as a diff' });
    expect(await readdir(cwd)).toEqual([]);
    // The report then describes the text as it was read, so the exit code does too.
    expect(result!.source).toBe(BROKEN);
    expect(result!.diagnostics).toEqual(result!.fix!.before);
    expect(result!.diagnostics.length).toBeGreaterThan(0);
  });

  describe('a file checked for several nodes (one global ProfileFile)', () => {
    const forNode = (node: string, text = BROKEN): FileResult => ({ ...fixedResult('p.cfg', text), node });

    it('is written when every node fixed it the same way', async () => {
      const cwd = await tempTree({ 'p.cfg': BROKEN });
      const results = await writeFixes([forNode('lpar101'), forNode('lpar201')], options(cwd));
      expect(results.map((r) => r.fix?.written)).toEqual([true, true]);
      expect(await readFile(join(cwd, 'p.cfg'), 'utf8')).toBe(FIXED);
    });

    it('is not written when the fixes differ', async () => {
      const cwd = await tempTree({ 'p.cfg': BROKEN });
      const other = { ...forNode('lpar201'), source: FIXED.replace('vio_server1', 'vio_server3') };
      const results = await writeFixes([forNode('lpar101'), other], options(cwd));
      const reason = 'not written: checked for several nodes (lpar101, lpar201) whose fixes differ; fix it for one node with --node';
      expect(results.map((r) => r.fix?.reason)).toEqual([reason, reason]);
      expect(await readFile(join(cwd, 'p.cfg'), 'utf8')).toBe(BROKEN);
    });

    it('is not written when one node needs no fix: the file is right for that node as it is', async () => {
      const cwd = await tempTree({ 'p.cfg': FIXED });
      const untouched: FileResult = { ...lintProfile(FIXED, { path: 'p.cfg', rules: PROFILE_RULES }), node: 'lpar101' };
      const changed: FileResult = { ...untouched, node: 'lpar201', source: FIXED.replace('vio_server1', 'vio_server3'), fix: { original: FIXED, applied: 1, written: false } };
      const [first, second] = await writeFixes([untouched, changed], options(cwd));
      expect(first).toBe(untouched);
      expect(second!.fix).toMatchObject({ written: false, reason: expect.stringContaining('checked for several nodes (lpar101, lpar201)') });
      expect(await readFile(join(cwd, 'p.cfg'), 'utf8')).toBe(FIXED);
    });
  });
});

afterAll(() => {
  console.log(`faults injected (write-fixes): ${injected.count} write errors raised by failing file systems`);
});
