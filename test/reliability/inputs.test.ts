import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { truncate } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../cli/fake-io.js';
import { tempTree } from '../read/temp-tree.js';
import { checkBatch, errorsOf, findingsOf, STACK_LINE } from './check-report.js';

/**
 * Faults the file system cannot be made to produce here: tests run as root, so a mode of 000 does
 * not stop a read. `beforeOpen` runs before each open of a profile file and may throw (EACCES) or
 * change the tree (delete a later file of the batch), at a known point of the run.
 */
const faults = vi.hoisted(() => ({ beforeOpen: undefined as ((path: string) => void) | undefined, injected: 0 }));
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  const openSync: typeof real.openSync = (path, ...rest) => {
    faults.beforeOpen?.(String(path));
    return real.openSync(path, ...rest);
  };
  return { ...real, openSync, default: { ...real, openSync } };
});

/** A rule that crashes on one file stands for any bug: what the user sees of an internal error. */
vi.mock('../../src/lint/lint-profile.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/lint/lint-profile.js')>();
  return {
    ...real,
    lintProfile: (...args: Parameters<typeof real.lintProfile>) => {
      if (args[1].path.endsWith('bug.cfg')) {
        faults.injected++;
        throw new Error('rule exploded');
      }
      return real.lintProfile(...args);
    },
  };
});

afterEach(() => {
  faults.beforeOpen = undefined;
});

/** For the README's Reliability section: what one run of this file tried. */
let inputsTried = 0;
afterAll(() => {
  console.log(`reliability: ${inputsTried} hostile profile inputs and paths checked, ${faults.injected} faults injected (read errors, deletion, internal error)`);
});

/** The seed's valid profile: in every batch, to show that it is still checked, and cleanly. */
const GOOD = readFileSync(new URL('../../fixtures/seed/lpar05_on_physical_server_01.cfg', import.meta.url), 'utf8');
const GOOD_LINE = GOOD.trimEnd();

/** The same bytes on every run: a tiny linear congruential generator, not Math.random. */
function pseudoRandomBytes(count: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(count);
  let state = seed;
  for (let i = 0; i < count; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

const ioFinding = (message: string) => ({ ruleId: 'io', severity: 'error', line: 1, column: 1, endLine: 1, endColumn: 1, message });

describe('hostile profile contents: a finding for the file, and the batch goes on', () => {
  it('an empty file and a file of whitespace hold no attributes', async () => {
    inputsTried += 2;
    const cwd = await tempTree({ 'a-empty.cfg': '', 'b-blank.cfg': '  \n\t\n', 'c-good.cfg': GOOD });
    const batch = await checkBatch(['.'], cwd);
    expect(batch.code).toBe(1);
    const noAttributes = 'the file holds no attributes; a profile file is one line of attribute=value pairs';
    expect(findingsOf(batch, 'a-empty.cfg')).toEqual([{ ruleId: 'syntax', severity: 'error', line: 1, column: 1, endLine: 1, endColumn: 1, message: noAttributes }]);
    expect(errorsOf(batch, 'b-blank.cfg').map((d) => [d.ruleId, d.line, d.column, d.endLine, d.endColumn])).toEqual([
      ['syntax', 1, 1, 3, 1],
      ['single-line', 2, 1, 3, 1],
    ]);
    expect(errorsOf(batch, 'c-good.cfg')).toEqual([]);
  });

  it('NUL bytes and invalid UTF-8 are encoding errors at their exact columns', async () => {
    inputsTried += 2;
    const withNul = GOOD_LINE.replace('name=lpar05', 'name=lp\0ar05');
    const badUtf8 = Buffer.concat([Buffer.from('name=lp'), Buffer.from([0xff, 0xfe]), Buffer.from(GOOD_LINE.slice('name=lp'.length))]);
    const cwd = await tempTree({ 'nul.cfg': withNul, 'utf8.cfg': badUtf8, 'z-good.cfg': GOOD });
    const batch = await checkBatch(['.'], cwd);
    expect(batch.code).toBe(1);
    expect(errorsOf(batch, 'nul.cfg').filter((d) => d.ruleId === 'encoding').map((d) => [d.line, d.column, d.endColumn, d.message])).toEqual([
      [1, 8, 9, 'control character U+0000 in name; expected printable text: a profile has no use for control characters'],
    ]);
    expect(errorsOf(batch, 'utf8.cfg').filter((d) => d.ruleId === 'encoding').map((d) => [d.line, d.column, d.endColumn, d.message])).toEqual([
      [1, 8, 10, '2 byte sequences that are not valid UTF-8 (decoded as U+FFFD) in name; expected ASCII text'],
    ]);
    expect(errorsOf(batch, 'z-good.cfg')).toEqual([]);
  });

  it('a UTF-16 file with a byte-order mark is named as such at its start', async () => {
    inputsTried += 1;
    const cwd = await tempTree({ 'utf16.cfg': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(GOOD, 'utf16le')]), 'z-good.cfg': GOOD });
    const batch = await checkBatch(['.'], cwd);
    expect(batch.code).toBe(1);
    expect(findingsOf(batch, 'utf16.cfg')[0]).toEqual({
      ruleId: 'encoding',
      severity: 'error',
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 3,
      message: 'the file is UTF-16 encoded (it starts with the UTF-16 byte-order mark and every other byte is NUL); expected a plain ASCII text file',
    });
    expect(errorsOf(batch, 'z-good.cfg')).toEqual([]);
  });

  it('random binary bytes give findings inside the file, none of them io', async () => {
    inputsTried += 1;
    const bytes = pseudoRandomBytes(4096, 7);
    const cwd = await tempTree({ 'binary.cfg': bytes, 'z-good.cfg': GOOD });
    const batch = await checkBatch(['.'], cwd);
    expect(batch.code).toBe(1);
    const findings = findingsOf(batch, 'binary.cfg');
    expect(findings.some((d) => d.ruleId === 'encoding' && d.severity === 'error')).toBe(true);
    expect(findings.filter((d) => d.ruleId === 'io')).toEqual([]);
    const lines = Buffer.from(bytes).toString('utf8').split('\n').length;
    for (const d of findings) {
      expect(d.line).toBeGreaterThanOrEqual(1);
      expect(d.endLine).toBeLessThanOrEqual(lines);
      expect(d.endLine > d.line || (d.endLine === d.line && d.endColumn >= d.column)).toBe(true);
    }
    expect(errorsOf(batch, 'z-good.cfg')).toEqual([]);
  });

  it('a 1 MB single line is checked, and fast', async () => {
    inputsTried += 1;
    const value = 'x'.repeat(1_000_000);
    const cwd = await tempTree({ 'long.cfg': `${GOOD_LINE},lpar_description=${value}\n` });
    const started = performance.now();
    const batch = await checkBatch(['long.cfg'], cwd);
    expect(performance.now() - started).toBeLessThan(5000);
    const at = GOOD_LINE.length + 2;
    expect(findingsOf(batch, 'long.cfg').filter((d) => d.ruleId === 'unknown-attribute').map((d) => [d.line, d.column, d.endColumn])).toEqual([[1, at, at + 'lpar_description'.length]]);
    expect(batch.code).toBe(errorsOf(batch, 'long.cfg').length > 0 ? 1 : 0);
  });

  it('a 100,000-character value is reported with its exact range', async () => {
    inputsTried += 1;
    const before = GOOD_LINE.slice(0, GOOD_LINE.indexOf('desired_mem=') + 'desired_mem='.length);
    const cwd = await tempTree({ 'value.cfg': GOOD_LINE.replace(/desired_mem=\d+/, `desired_mem=${'x'.repeat(100_000)}`) + '\n' });
    const batch = await checkBatch(['value.cfg'], cwd);
    expect(batch.code).toBe(1);
    const onValue = errorsOf(batch, 'value.cfg').filter((d) => d.message.includes('desired_mem'));
    expect(onValue.length).toBeGreaterThan(0);
    for (const d of onValue) expect([d.line, d.column, d.endLine, d.endColumn]).toEqual([1, before.length + 1, 1, before.length + 100_001]);
  });

  it('10,000 attributes are all checked', async () => {
    inputsTried += 1;
    const extra = Array.from({ length: 10_000 }, (_, i) => `extra_${i}=${i}`).join(',');
    const cwd = await tempTree({ 'many.cfg': `${GOOD_LINE},${extra}\n` });
    const started = performance.now();
    const batch = await checkBatch(['many.cfg'], cwd);
    expect(performance.now() - started).toBeLessThan(10_000);
    const unknown = findingsOf(batch, 'many.cfg').filter((d) => d.ruleId === 'unknown-attribute');
    expect(unknown).toHaveLength(10_000);
    expect(unknown[9_999]!.column).toBe(GOOD_LINE.length + 2 + extra.length - 'extra_9999=9999'.length);
  });
});

describe('the size limit: larger files are not read', () => {
  const over = (size: number, limit: number) =>
    ioFinding(`Cannot read this file: it is ${size} bytes, larger than the limit of ${limit} bytes.`);

  it('a file over the default 1 MiB is an io finding; the suggestion names --max-file-size', async () => {
    inputsTried += 1;
    const cwd = await tempTree({ 'big.cfg': 'x', 'good.cfg': GOOD });
    // Sparse: 10 GiB that take no disk, and that a reader of the whole file would never finish.
    await truncate(join(cwd, 'big.cfg'), 10 * 2 ** 30);
    const batch = await checkBatch(['big.cfg', 'good.cfg'], cwd);
    expect(batch.code).toBe(1);
    expect(findingsOf(batch, 'big.cfg')).toEqual([over(10 * 2 ** 30, 1048576)]);
    expect(batch.files.get('big.cfg')![0]!.suggestion).toBe('Raise --max-file-size if it really is a profile file.');
    expect(errorsOf(batch, 'good.cfg')).toEqual([]);
  });

  it('--max-file-size moves the limit, for files and standard input', async () => {
    inputsTried += 3;
    const cwd = await tempTree({ 'good.cfg': GOOD });
    const lower = await checkBatch(['--max-file-size', '1000', 'good.cfg'], cwd);
    expect(findingsOf(lower, 'good.cfg')).toEqual([over(Buffer.byteLength(GOOD), 1000)]);
    expect(lower.code).toBe(1);
    const exact = await checkBatch(['--max-file-size', String(Buffer.byteLength(GOOD)), 'good.cfg'], cwd);
    expect(exact.code).toBe(0);
    const { code, stdout } = await runCli(['check', '-f', 'json', '--max-file-size', '1000', '-'], { cwd, stdin: GOOD });
    expect(code).toBe(1);
    expect(JSON.parse(stdout).files[0].diagnostics[0].message).toBe('Cannot read this file: it is larger than the limit of 1000 bytes.');
  });

  it('rejects a limit that is not a positive whole number, in one line', async () => {
    inputsTried += 4;
    const cwd = await tempTree({ 'good.cfg': GOOD });
    for (const bad of ['0', '-5', '1.5', 'lots']) {
      const { code, stderr } = await runCli(['check', '--max-file-size', bad, 'good.cfg'], { cwd });
      expect(code).toBe(2);
      expect(stderr).toBe('lparlint: --max-file-size needs a whole number of bytes above 0, e.g. --max-file-size 4194304\n');
    }
  });
});

describe('hostile paths', () => {
  it('a path that does not exist, or a file used as a directory, is a usage error in one line', async () => {
    inputsTried += 2;
    const cwd = await tempTree({ 'good.cfg': GOOD });
    for (const [path, expected] of [
      ['missing.cfg', 'lparlint: no such file or directory: missing.cfg\n'],
      ['good.cfg/inner.cfg', 'lparlint: no such file or directory: good.cfg/inner.cfg\n'],
    ] as const) {
      expect(await runCli(['check', path, 'good.cfg'], { cwd })).toEqual({ code: 2, stdout: '', stderr: expected });
    }
  });

  it('a directory where a profile file is expected: a walk skips it, --main-cf names it in one line', async () => {
    inputsTried += 2;
    // A directory whose name matches the pattern, met in a walk through a link, and one named in main.cf's place.
    const cwd = await tempTree({ 'p/a-dir.cfg': { link: '../q' }, 'q/b.txt': 'not a profile', 'p/good.cfg': GOOD });
    const batch = await checkBatch(['p'], cwd);
    expect([...batch.files.keys()]).toEqual(['p/good.cfg']);
    const { code, stderr } = await runCli(['check', '--main-cf', 'q', 'p/good.cfg'], { cwd });
    expect(code).toBe(2);
    expect(stderr).toBe('lparlint: --main-cf q: cannot read it: it is a directory\n');
  });

  it('a broken symbolic link and a symbolic-link loop in a scanned directory are io findings', async () => {
    inputsTried += 3;
    const cwd = await tempTree({
      'p/a-broken.cfg': { link: 'nowhere.cfg' },
      'p/b-loop.cfg': { link: 'b-loop.cfg' },
      'p/c-up': { link: '..' },
      'p/d-good.cfg': GOOD,
    });
    const batch = await checkBatch(['p'], cwd);
    expect(batch.code).toBe(1);
    expect([...batch.files.keys()]).toEqual(['p/a-broken.cfg', 'p/b-loop.cfg', 'p/d-good.cfg']);
    expect(findingsOf(batch, 'p/a-broken.cfg')).toEqual([ioFinding('Cannot read this file: it does not exist.')]);
    expect(findingsOf(batch, 'p/b-loop.cfg')).toEqual([ioFinding('Cannot read this file: its symbolic links form a loop.')]);
    expect(errorsOf(batch, 'p/d-good.cfg')).toEqual([]);
  });

  it('a FIFO in a scanned directory is skipped unopened; named directly, or through a link, it is an io finding', async () => {
    inputsTried += 3;
    const cwd = await tempTree({ 'p/b-good.cfg': GOOD, 'q/link.cfg': { link: '../p/a-pipe.cfg' } });
    execFileSync('mkfifo', [join(cwd, 'p/a-pipe.cfg')]);
    const walked = await checkBatch(['p'], cwd);
    expect([...walked.files.keys()]).toEqual(['p/b-good.cfg']);
    expect(walked.code).toBe(0);
    const named = await checkBatch(['p/a-pipe.cfg', 'q', 'p/b-good.cfg'], cwd);
    const fifo = ioFinding('Cannot read this file: it is a FIFO (named pipe), not a regular file.');
    expect(findingsOf(named, 'p/a-pipe.cfg')).toEqual([fifo]);
    expect(findingsOf(named, 'q/link.cfg')).toEqual([fifo]);
    expect(errorsOf(named, 'p/b-good.cfg')).toEqual([]);
    expect(named.code).toBe(1);
  });

  it('a device named directly is an io finding, not an endless read', async () => {
    inputsTried += 1;
    const cwd = await tempTree({ 'good.cfg': GOOD });
    const batch = await checkBatch(['/dev/zero', 'good.cfg'], cwd);
    expect(findingsOf(batch, '/dev/zero')).toEqual([ioFinding('Cannot read this file: it is a device, not a regular file.')]);
    expect(batch.code).toBe(1);
  });

  it('a file deleted while the batch runs is an io finding, and the files after it are checked', async () => {
    inputsTried += 1;
    const cwd = await tempTree({ 'p/a.cfg': GOOD, 'p/b-gone.cfg': GOOD, 'p/c.cfg': GOOD });
    // Discovery has listed all three; the second vanishes between the listing and its read.
    faults.beforeOpen = (path) => {
      if (!path.endsWith('b-gone.cfg')) return;
      faults.injected++;
      rmSync(join(cwd, 'p/b-gone.cfg'));
    };
    const batch = await checkBatch(['p'], cwd);
    expect(batch.code).toBe(1);
    expect(findingsOf(batch, 'p/b-gone.cfg')).toEqual([ioFinding('Cannot read this file: it does not exist.')]);
    expect(errorsOf(batch, 'p/a.cfg')).toEqual([]);
    expect(errorsOf(batch, 'p/c.cfg')).toEqual([]);
  });

  it('a file without read permission is an io finding with a next step (EACCES injected: tests run as root)', async () => {
    inputsTried += 1;
    const cwd = await tempTree({ 'a-denied.cfg': GOOD, 'b-good.cfg': GOOD });
    faults.beforeOpen = (path) => {
      if (!path.endsWith('a-denied.cfg')) return;
      faults.injected++;
      throw Object.assign(new Error(`EACCES: permission denied, open '${path}'`), { code: 'EACCES' });
    };
    const batch = await checkBatch(['.'], cwd);
    expect(batch.code).toBe(1);
    expect(findingsOf(batch, 'a-denied.cfg')).toEqual([ioFinding('Cannot read this file: permission denied.')]);
    expect(batch.files.get('a-denied.cfg')![0]!.suggestion).toMatch(/read access to the file/);
    expect(errorsOf(batch, 'b-good.cfg')).toEqual([]);
  });
});

describe('an internal error', () => {
  it('costs only the file it happened on: an internal finding there, the batch goes on, the trace only with --debug', async () => {
    const cwd = await tempTree({ 'bug.cfg': GOOD, 'good.cfg': GOOD });
    const batch = await checkBatch(['.'], cwd);
    expect(batch.code).toBe(1);
    expect(findingsOf(batch, 'bug.cfg').map((d) => [d.ruleId, d.severity, d.line, d.column])).toEqual([['internal', 'error', 1, 1]]);
    expect(findingsOf(batch, 'bug.cfg')[0]!.message).toBe(
      'lparlint failed while checking this file (internal error: rule exploded); the other files were checked.',
    );
    expect(errorsOf(batch, 'good.cfg')).toEqual([]);
    expect(batch.stderr).not.toMatch(STACK_LINE);
    const debug = await runCli(['check', '--debug', 'bug.cfg'], { cwd });
    expect(debug.code).toBe(1);
    const [first, ...trace] = debug.stderr.split('\n');
    expect(first).toBe('lparlint: internal error while checking bug.cfg:');
    expect(trace[0]).toBe('Error: rule exploded');
    expect(trace.join('\n')).toMatch(STACK_LINE);
  });
});

