import { chmod, readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/fake-io.js';
import { tempTree } from '../read/temp-tree.js';
import { fixesFixture, NO_REPEATS } from './fix-fixture.js';

const BROKEN = fixesFixture('safe/read-only-state.cfg');
const FIXED = fixesFixture(NO_REPEATS);
const example = (name: string): Promise<string> => readFile(new URL(`../../fixtures/example/${name}`, import.meta.url), 'utf8');

interface JsonReport {
  files: { path: string; node: string | null; fixed?: { applied: number; written: boolean; reason?: string }; diagnostics: { ruleId: string }[] }[];
}

describe('lparlint check --fix', () => {
  it('keeps the file mode', async () => {
    const cwd = await tempTree({ 'p.cfg': BROKEN });
    await chmod(join(cwd, 'p.cfg'), 0o640);
    expect((await runCli(['check', 'p.cfg', '--fix'], { cwd })).code).toBe(0);
    expect(await readFile(join(cwd, 'p.cfg'), 'utf8')).toBe(FIXED);
    expect((await stat(join(cwd, 'p.cfg'))).mode & 0o777).toBe(0o640);
  });

  it('with --backup keeps the original as <file>.orig', async () => {
    const cwd = await tempTree({ 'p.cfg': BROKEN });
    expect((await runCli(['check', 'p.cfg', '--fix', '--backup'], { cwd })).code).toBe(0);
    expect(await readFile(join(cwd, 'p.cfg'), 'utf8')).toBe(FIXED);
    expect(await readFile(join(cwd, 'p.cfg.orig'), 'utf8')).toBe(BROKEN);
  });

  it.each([
    ['without --fix', ['--backup']],
    ['with --fix-dry-run', ['--backup', '--fix', '--fix-dry-run']],
  ])('refuses --backup %s (exit 2)', async (_name, flags) => {
    const cwd = await tempTree({ 'p.cfg': BROKEN });
    const result = await runCli(['check', 'p.cfg', ...flags], { cwd });
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'lparlint: --backup keeps the originals of files that --fix or --fix-unsafe writes; give one of those (and not --fix-dry-run)\n',
    });
    expect(await readdir(cwd)).toEqual(['p.cfg']);
  });

  it('says in the JSON report what was fixed and written', async () => {
    const cwd = await tempTree({ 'p.cfg': BROKEN });
    const report = JSON.parse((await runCli(['check', 'p.cfg', '--fix', '--format', 'json'], { cwd })).stdout) as JsonReport;
    expect(report.files).toEqual([{ path: 'p.cfg', node: null, resource: null, fixed: { applied: 1, written: true }, diagnostics: [] }]);
  });

  it('never writes files that are only checked', async () => {
    const cwd = await tempTree({ 'a.cfg': BROKEN, 'sub/b.cfg': fixesFixture('safe/crlf-line-end.cfg') });
    const before = await Promise.all(['a.cfg', 'sub/b.cfg'].map((f) => stat(join(cwd, f))));
    const result = await runCli(['check', '.'], { cwd });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('2 fixable with --fix');
    expect(await readFile(join(cwd, 'a.cfg'), 'utf8')).toBe(BROKEN);
    expect(await readFile(join(cwd, 'sub/b.cfg'), 'utf8')).toBe(fixesFixture('safe/crlf-line-end.cfg'));
    const after = await Promise.all(['a.cfg', 'sub/b.cfg'].map((f) => stat(join(cwd, f))));
    expect(after.map((s) => s.mtimeMs)).toEqual(before.map((s) => s.mtimeMs));
    expect((await readdir(cwd)).sort()).toEqual(['a.cfg', 'sub']);
  });

  it('does not write standard input, and the report says so', async () => {
    const cwd = await tempTree({});
    const result = await runCli(['check', '-', '--stdin-filename', 'lpar05.cfg', '--fix'], { cwd, stdin: BROKEN });
    expect(result.stdout).toContain('lpar05.cfg\n  1 fix applied, not written: standard input; use --fix-dry-run to see the changes as a diff\n');
    expect(await readdir(cwd)).toEqual([]);
  });

  it('does not write a file whose syntax errors make the fixes ambiguous, and says why', async () => {
    const text = BROKEN.replace('"virtual_scsi_adapters=', '"virtual_scsi_adapters="');
    const cwd = await tempTree({ 'p.cfg': text });
    const result = await runCli(['check', 'p.cfg', '--fix', '--format', 'json'], { cwd });
    expect(result.code).toBe(1);
    const file = (JSON.parse(result.stdout) as JsonReport).files[0]!;
    expect(file.fixed).toEqual({
      applied: 0,
      written: false,
      reason: 'not fixed: the file has syntax errors, so a fix could change the wrong text; correct those first',
    });
    expect(file.diagnostics.map((d) => d.ruleId)).toContain('read-only-attribute');
    expect(await readFile(join(cwd, 'p.cfg'), 'utf8')).toBe(text);
  });

  describe('one global ProfileFile for two nodes', () => {
    /** The example cluster with one ProfileFile for both nodes, holding `profile`. */
    async function globalProfileCluster(profile: string): Promise<string> {
      const mainCf = (await example('main.cf'))
        .replace(/ProfileFile @lpar101 = .*\n/, 'ProfileFile = "/configfile/lpar05.cfg"\n')
        .replace(/ *ProfileFile @lpar201 = .*\n/, '');
      expect(mainCf).not.toContain('ProfileFile @');
      return tempTree({ 'main.cf': mainCf, 'inventory.yaml': await example('inventory.yaml'), 'configfile/lpar05.cfg': profile });
    }
    const audit = ['check', '--main-cf', 'main.cf', '--inventory', 'inventory.yaml', '--path-map', '/configfile=configfile', '--format', 'json'];
    const profileFiles = (stdout: string) => (JSON.parse(stdout) as JsonReport).files.filter((f) => f.path === 'configfile/lpar05.cfg');

    it('is not written when the fixes differ between the nodes, and the report says why', async () => {
      // Right for lpar101; for lpar201 the unsafe fixes rename its VIO servers.
      const seed = await example('configfile/lpar05_on_physical_server_01.cfg');
      const cwd = await globalProfileCluster(seed);
      const result = await runCli([...audit, '--fix-unsafe'], { cwd });
      const reason = 'not written: checked for several nodes (lpar101, lpar201) whose fixes differ; fix it for one node with --node';
      expect(profileFiles(result.stdout).map((f) => [f.node, f.fixed?.written, f.fixed?.reason])).toEqual([
        ['lpar101', false, reason],
        ['lpar201', false, reason],
      ]);
      expect(await readFile(join(cwd, 'configfile/lpar05.cfg'), 'utf8')).toBe(seed);
    });

    it('is written when both nodes fix it the same way', async () => {
      const cwd = await globalProfileCluster(BROKEN);
      const result = await runCli([...audit, '--fix'], { cwd });
      expect(profileFiles(result.stdout).map((f) => [f.node, f.fixed?.written])).toEqual([
        ['lpar101', true],
        ['lpar201', true],
      ]);
      expect(await readFile(join(cwd, 'configfile/lpar05.cfg'), 'utf8')).toBe(FIXED);
    });
  });
});
