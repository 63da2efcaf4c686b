import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { runCli, type RunResult } from '../cli/fake-io.js';
import { tempTree } from '../read/temp-tree.js';

// Worker threads run the built checker (dist/src/check/worker.js): `npm test` builds first.

/** How many files the main thread linted: workers load their own copy of the module, not this mock. */
const mainThread = vi.hoisted(() => ({ linted: 0 }));
vi.mock('../../src/lint/lint-profile.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/lint/lint-profile.js')>();
  return {
    ...real,
    lintProfile: (...args: Parameters<typeof real.lintProfile>) => {
      mainThread.linted++;
      return real.lintProfile(...args);
    },
  };
});

const seed = (name: string): string => readFileSync(new URL(`../../fixtures/seed/${name}`, import.meta.url), 'utf8');
const GOOD = seed('lpar05_on_physical_server_01.cfg');

/**
 * A batch of every kind of result, over several chunks so that both threads get files: clean,
 * faulty with fixes, a broken link and a file over --max-file-size (io findings), standard input.
 */
async function mixedBatch(): Promise<string> {
  const clean = Object.fromEntries(Array.from({ length: 150 }, (_, i) => [`batch/clean-${String(i).padStart(3, '0')}.cfg`, GOOD]));
  return tempTree({
    ...clean,
    'batch/a-continuations.cfg': seed('lpar05-docs-copy-with-continuations.cfg'),
    'batch/m-raw-paste.cfg': seed('lssyscfg-raw-concatenated.cfg'),
    'batch/n-broken-link.cfg': { link: 'nowhere.cfg' },
    'batch/o-oversize.cfg': GOOD.trimEnd().repeat(3) + '\n',
    'batch/z-raw-paste-again.cfg': seed('lssyscfg-raw-concatenated.cfg'),
  });
}

async function check(mode: string, args: readonly string[], cwd: string): Promise<RunResult & { linted: number }> {
  mainThread.linted = 0;
  const result = await runCli(['check', '--concurrency', mode, '--max-file-size', '3000', ...args], { cwd, stdin: GOOD });
  return { ...result, linted: mainThread.linted };
}

describe('a batch checked by worker threads', () => {
  it('gives the same JSON and stylish reports as the main thread alone, in the same order', async () => {
    const cwd = await mixedBatch();
    for (const format of ['json', 'stylish']) {
      const single = await check('off', ['-f', format, 'batch', '-'], cwd);
      const workers = await check('2', ['-f', format, 'batch', '-'], cwd);
      expect(workers.stdout).toBe(single.stdout);
      expect(workers.stderr).toBe(single.stderr);
      expect(workers.code).toBe(single.code);
      // 153 readable files and standard input: the main thread lints them all alone, some beside a worker.
      expect(single.linted).toBe(154);
      expect(workers.linted).toBeLessThan(150);
    }
    const report = JSON.parse((await check('2', ['-f', 'json', 'batch', '-'], cwd)).stdout) as { files: { path: string; diagnostics: { ruleId: string }[] }[] };
    const rules = (path: string): string[] => report.files.find((f) => f.path === path)!.diagnostics.map((d) => d.ruleId);
    expect(report.files.map((f) => f.path).slice(0, 3)).toEqual(['batch/a-continuations.cfg', 'batch/clean-000.cfg', 'batch/clean-001.cfg']);
    expect(report.files.at(-1)!.path).toBe('<stdin>');
    expect(rules('batch/n-broken-link.cfg')).toEqual(['io']);
    expect(rules('batch/o-oversize.cfg')).toEqual(['io']);
    expect(rules('batch/m-raw-paste.cfg').length).toBeGreaterThan(3);
  });

  it('shows the same fixes with --fix-dry-run', async () => {
    const cwd = await mixedBatch();
    const single = await check('off', ['--fix-dry-run', '--fix-unsafe', 'batch'], cwd);
    const workers = await check('2', ['--fix-dry-run', '--fix-unsafe', 'batch'], cwd);
    expect(single.stdout).toContain('+++ b/batch/z-raw-paste-again.cfg');
    expect(workers.stdout).toBe(single.stdout);
    expect(workers.stderr).toBe(single.stderr);
    expect(workers.linted).toBeLessThan(single.linted);
  });

  it('--concurrency takes off, auto or a number of threads', async () => {
    const cwd = await tempTree({ 'a.cfg': GOOD });
    const wrong = await runCli(['check', '--concurrency', 'many', 'a.cfg'], { cwd });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toBe('lparlint: --concurrency needs off, auto or a number of threads (1 or more), e.g. --concurrency auto; got "many"\n');
  });
});
