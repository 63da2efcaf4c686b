import { readFileSync } from 'node:fs';
import { readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/fake-io.js';
import { tempTree } from '../read/temp-tree.js';

/** The vendor's example: only info findings. */
const CLEAN = readFileSync(new URL('../../fixtures/seed/lpar05_on_physical_server_01.cfg', import.meta.url), 'utf8');
/** With read-only state left in: one read-only-attribute error at state. */
const WITH_STATE = CLEAN.replace(',lpar_env=aixlinux,', ',lpar_env=aixlinux,state=Running,');
/** Also with a blank before lpar_id: one whitespace warning at lpar_id. */
const WITH_STATE_AND_BLANK = WITH_STATE.replace(',lpar_id=15,', ', lpar_id=15,');
/** Also with rmc_state: a second read-only-attribute error, at another attribute. */
const WITH_RMC_STATE = WITH_STATE_AND_BLANK.replace(',state=Running,', ',state=Running,rmc_state=active,');

const BASELINE = 'ci/baseline.json';

async function baselineOf(cwd: string): Promise<unknown> {
  return JSON.parse(await readFile(join(cwd, BASELINE), 'utf8'));
}

describe('lparlint check --baseline', () => {
  it('--update-baseline writes the findings that can fail a run, then the run passes', async () => {
    const cwd = await tempTree({ 'configs/a.cfg': WITH_STATE_AND_BLANK, 'configs/b.cfg': CLEAN });
    const result = await runCli(['check', 'configs', '--baseline', BASELINE, '--update-baseline'], { cwd });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      `lparlint: wrote the baseline ${BASELINE}: 2 problems in 1 file.\n` +
        `lparlint: 2 problems not shown: known in the baseline ${BASELINE} (1 error, 1 warning).\n`,
    );
    expect(await baselineOf(cwd)).toEqual({
      version: 1,
      files: { '../configs/a.cfg': { 'read-only-attribute': { state: 1 }, whitespace: { lpar_id: 1 } } },
    });
  });

  it('writes the same bytes again, and leaves an up-to-date baseline untouched', async () => {
    const cwd = await tempTree({ 'configs/a.cfg': WITH_STATE_AND_BLANK });
    await runCli(['check', 'configs', '--baseline', BASELINE, '--update-baseline'], { cwd });
    const first = await readFile(join(cwd, BASELINE), 'utf8');
    const written = (await stat(join(cwd, BASELINE))).mtimeMs;
    const again = await runCli(['check', 'configs', '--baseline', BASELINE, '--update-baseline'], { cwd });
    expect(again.stderr).toMatch(/^lparlint: the baseline ci\/baseline.json is up to date: 2 problems in 1 file\.\n/);
    expect(await readFile(join(cwd, BASELINE), 'utf8')).toBe(first);
    expect((await stat(join(cwd, BASELINE))).mtimeMs).toBe(written);
  });

  it('passes with only known findings, also from another working directory', async () => {
    const cwd = await tempTree({ 'configs/a.cfg': WITH_STATE_AND_BLANK });
    await runCli(['check', 'configs', '--baseline', BASELINE, '--update-baseline'], { cwd });
    const fromRoot = await runCli(['check', 'configs', '--baseline', BASELINE, '--max-warnings', '0'], { cwd });
    expect(fromRoot.code).toBe(0);
    expect(fromRoot.stdout).not.toMatch(/read-only-attribute|whitespace/);
    const fromCi = await runCli(['check', '../configs', '--baseline', 'baseline.json'], { cwd: join(cwd, 'ci') });
    expect(fromCi.code).toBe(0);
    expect(fromCi.stderr).toBe('lparlint: 2 problems not shown: known in the baseline baseline.json (1 error, 1 warning).\n');
  });

  it('fails on a new finding and shows only the new one', async () => {
    const cwd = await tempTree({ 'configs/a.cfg': WITH_STATE_AND_BLANK });
    await runCli(['check', 'configs', '--baseline', BASELINE, '--update-baseline'], { cwd });
    await writeFile(join(cwd, 'configs/a.cfg'), WITH_RMC_STATE);
    const result = await runCli(['check', 'configs', '--baseline', BASELINE, '-f', 'json'], { cwd });
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { files: { diagnostics: { ruleId: string; attribute: string }[] }[]; summary: object };
    expect(report.files[0]!.diagnostics.filter((d) => d.ruleId !== 'duplicate-attribute')).toMatchObject([{ ruleId: 'read-only-attribute', attribute: 'rmc_state' }]);
    expect(report.summary).toMatchObject({ errors: 1, warnings: 0 });
  });

  it('reports what no longer occurs without failing, and --prune-baseline removes it', async () => {
    const cwd = await tempTree({ 'configs/a.cfg': WITH_STATE_AND_BLANK });
    await runCli(['check', 'configs', '--baseline', BASELINE, '--update-baseline'], { cwd });
    await writeFile(join(cwd, 'configs/a.cfg'), WITH_STATE);
    const stale = await runCli(['check', 'configs', '--baseline', BASELINE], { cwd });
    expect(stale.code).toBe(0);
    expect(stale.stderr).toBe(
      `lparlint: 1 problem not shown: known in the baseline ${BASELINE} (1 error, 0 warnings).\n` +
        `lparlint: the baseline ${BASELINE} records 1 problem that no longer occurs; remove it with --prune-baseline:\n` +
        '  configs/a.cfg: whitespace at lpar_id: 1\n',
    );
    const pruned = await runCli(['check', 'configs', '--baseline', BASELINE, '--prune-baseline'], { cwd });
    expect(pruned.code).toBe(0);
    expect(pruned.stderr).toMatch(/^lparlint: removed 1 problem that no longer occurs from the baseline ci\/baseline.json\.\n/);
    expect(await baselineOf(cwd)).toEqual({ version: 1, files: { '../configs/a.cfg': { 'read-only-attribute': { state: 1 } } } });
    const again = await runCli(['check', 'configs', '--baseline', BASELINE, '--prune-baseline'], { cwd });
    expect(again.stderr).toMatch(/^lparlint: the baseline ci\/baseline.json has nothing to prune\.\n/);
  });

  it('--prune-baseline never accepts a new finding', async () => {
    const cwd = await tempTree({ 'configs/a.cfg': WITH_STATE });
    await runCli(['check', 'configs', '--baseline', BASELINE, '--update-baseline'], { cwd });
    const before = await readFile(join(cwd, BASELINE), 'utf8');
    await writeFile(join(cwd, 'configs/a.cfg'), WITH_STATE_AND_BLANK);
    const pruned = await runCli(['check', 'configs', '--baseline', BASELINE, '--prune-baseline', '--max-warnings', '0'], { cwd });
    expect(pruned.code).toBe(1);
    expect(await readFile(join(cwd, BASELINE), 'utf8')).toBe(before);
  });

  it('judges only the files it checks; a deleted file\'s entries are stale', async () => {
    const cwd = await tempTree({ 'configs/a.cfg': WITH_STATE, 'configs/b.cfg': WITH_STATE, 'configs/c.cfg': WITH_STATE });
    await runCli(['check', 'configs', '--baseline', BASELINE, '--update-baseline'], { cwd });
    await rm(join(cwd, 'configs/c.cfg'));
    const one = await runCli(['check', 'configs/a.cfg', '--baseline', BASELINE, '--prune-baseline'], { cwd });
    expect(one.code).toBe(0);
    expect(Object.keys((await baselineOf(cwd) as { files: object }).files)).toEqual(['../configs/a.cfg', '../configs/b.cfg']);
  });

  it('keeps the entries of a file it cannot read, which fails the run', async () => {
    const cwd = await tempTree({ 'configs/a.cfg': WITH_STATE });
    await runCli(['check', 'configs', '--baseline', BASELINE, '--update-baseline'], { cwd });
    const before = await readFile(join(cwd, BASELINE), 'utf8');
    await rm(join(cwd, 'configs/a.cfg'));
    await symlink('nowhere.cfg', join(cwd, 'configs/a.cfg'));
    // A broken link found in a directory is an `io` finding (a broken link named on the command line stops the run).
    const result = await runCli(['check', 'configs', '--baseline', BASELINE, '--update-baseline', '-f', 'json'], { cwd });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/"ruleId": "io"/);
    expect(await readFile(join(cwd, BASELINE), 'utf8')).toBe(before);
  });

  it('records warnings with --quiet, which only hides them from the report', async () => {
    const cwd = await tempTree({ 'configs/a.cfg': WITH_STATE_AND_BLANK });
    await runCli(['check', 'configs', '--quiet', '--baseline', BASELINE, '--update-baseline'], { cwd });
    expect(await baselineOf(cwd)).toMatchObject({ files: { '../configs/a.cfg': { whitespace: { lpar_id: 1 } } } });
  });

  it('applies to the findings of the fixed files after --fix', async () => {
    const cwd = await tempTree({ 'configs/a.cfg': WITH_STATE_AND_BLANK });
    const result = await runCli(['check', 'configs', '--fix', '--baseline', BASELINE, '--update-baseline'], { cwd });
    expect(result.code).toBe(0);
    // --fix removed the read-only state and the blank: nothing is left to record.
    expect(await baselineOf(cwd)).toEqual({ version: 1, files: {} });
  });

  it.each([
    ['a missing baseline', undefined, /^lparlint: --baseline ci\/baseline.json: the file does not exist; write it with --update-baseline\n$/],
    ['a malformed baseline', '{ "version": 1, "files": { "../configs/a.cfg": { "syntax": 1 } } }\n', /^lparlint: ci\/baseline.json:1:60: files\.\.\.\/configs\/a\.cfg\.syntax is 1; expected a mapping of attribute to count/],
    ['a baseline that is not JSON', '{ "version": 1,\n', /^lparlint: ci\/baseline.json:2:1: JSON syntax error/],
  ])('stops on %s (exit 2) before --fix writes anything', async (_what, text, message) => {
    const cwd = await tempTree({ 'configs/a.cfg': WITH_STATE, ...(text === undefined ? {} : { [BASELINE]: text }) });
    const result = await runCli(['check', 'configs', '--fix', '--baseline', BASELINE], { cwd });
    expect(result).toMatchObject({ code: 2, stdout: '', stderr: expect.stringMatching(message) });
    expect(await readFile(join(cwd, 'configs/a.cfg'), 'utf8')).toBe(WITH_STATE);
  });
});
