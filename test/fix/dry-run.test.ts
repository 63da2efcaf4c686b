import { spawnSync } from 'node:child_process';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/fake-io.js';
import { tempTree } from '../read/temp-tree.js';
import { fixesFixture } from './fix-fixture.js';

/** Fixtures whose diffs cover removals, insertions, joined lines, CR and BOM, and a file without a final line end. */
const FILES: Record<string, string> = {
  'configs/read-only-state.cfg': fixesFixture('safe/read-only-state.cfg'),
  'configs/continuation-lines.cfg': fixesFixture('safe/continuation-lines.cfg'),
  'configs/blank-lines-at-end.cfg': fixesFixture('safe/blank-lines-at-end.cfg'),
  'configs/crlf-line-end.cfg': fixesFixture('safe/crlf-line-end.cfg'),
  'configs/byte-order-mark.cfg': fixesFixture('safe/byte-order-mark.cfg'),
  'configs/unquoted-list-with-commas.cfg': fixesFixture('safe/unquoted-list-with-commas.cfg'),
  'configs/no-final-line-end.cfg': fixesFixture('safe/blank-after-comma.cfg').trimEnd(),
  'configs/min-max-swapped.cfg': fixesFixture('unsafe/min-max-swapped.cfg'),
};
const PATHS = Object.keys(FILES);

/** Runs git in `cwd` with a fixed identity and no line-end conversion, whatever the machine's config. */
function git(cwd: string, ...args: string[]): string {
  const result = spawnSync('git', ['-c', 'user.name=lparlint', '-c', 'user.email=lparlint@example.com', '-c', 'core.autocrlf=false', ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' },
  });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
}

/** What `check --fix` (or `--fix-unsafe`) writes for each file, in a separate copy. */
async function writtenByFix(flag: '--fix' | '--fix-unsafe'): Promise<string[]> {
  const cwd = await tempTree(FILES);
  await runCli(['check', 'configs', flag], { cwd });
  return Promise.all(PATHS.map((p) => readFile(join(cwd, p), 'utf8')));
}

describe('lparlint check --fix-dry-run', () => {
  it('writes nothing, prints the diff on stdout and the report on stderr', async () => {
    const cwd = await tempTree(FILES);
    const before = await Promise.all(PATHS.map((p) => stat(join(cwd, p))));
    const result = await runCli(['check', 'configs', '--fix-dry-run'], { cwd });
    expect(result.stdout).toMatch(/^diff --git a\/configs\/blank-lines-at-end\.cfg b\/configs\/blank-lines-at-end\.cfg\n--- a\//);
    expect(result.stderr).toContain('configs/read-only-state.cfg\n  1 fix applied (dry run, nothing written)\n');
    expect(await Promise.all(PATHS.map((p) => readFile(join(cwd, p), 'utf8')))).toEqual(Object.values(FILES));
    const after = await Promise.all(PATHS.map((p) => stat(join(cwd, p))));
    expect(after.map((s) => s.mtimeMs)).toEqual(before.map((s) => s.mtimeMs));
    expect((await readdir(join(cwd, 'configs'))).length).toBe(PATHS.length);
  });

  it('--diff is the same option', async () => {
    const cwd = await tempTree(FILES);
    expect(await runCli(['check', 'configs', '--diff'], { cwd })).toEqual(await runCli(['check', 'configs', '--fix-dry-run'], { cwd }));
  });

  it('prints nothing on stdout when there is nothing to fix', async () => {
    const cwd = await tempTree({ 'p.cfg': fixesFixture('lpar05-no-repeats.fixed') });
    expect(await runCli(['check', 'p.cfg', '--fix-dry-run'], { cwd })).toEqual({
      code: 0,
      stdout: '',
      stderr: '✔ No problems found (1 file checked).\n',
    });
  });

  for (const flag of ['--fix', '--fix-unsafe'] as const) {
    it(`with${flag === '--fix' ? '' : ' --fix-unsafe'}: git apply takes the diff, and the files become what ${flag} writes`, async () => {
      const repo = await tempTree(FILES);
      git(repo, 'init', '--quiet');
      git(repo, 'add', '.');
      git(repo, 'commit', '--quiet', '-m', 'profile files as found');

      const dryRun = flag === '--fix' ? ['--fix-dry-run'] : ['--fix-unsafe', '--fix-dry-run'];
      const diff = (await runCli(['check', 'configs', ...dryRun], { cwd: repo })).stdout;
      expect(diff).not.toBe('');
      // Untracked, so git apply leaves it alone.
      const patch = join(repo, 'fixes.patch');
      await writeFile(patch, diff);
      git(repo, 'apply', '--check', patch);
      git(repo, 'apply', patch);

      expect(await Promise.all(PATHS.map((p) => readFile(join(repo, p), 'utf8')))).toEqual(await writtenByFix(flag));
      // The unsafe fix shows only with --fix-unsafe.
      const swapped = await readFile(join(repo, 'configs/min-max-swapped.cfg'), 'utf8');
      expect(swapped === FILES['configs/min-max-swapped.cfg']).toBe(flag === '--fix');
    });
  }
});
