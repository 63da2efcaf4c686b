import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import {
  PROGRESS_BYTE_THRESHOLD,
  PROGRESS_FILE_THRESHOLD,
  ProgressBar,
  wantsProgress,
  type ProgressConditions,
} from '../../src/report/progress.js';

/** A terminal that records what is written to it. */
function fakeTty(isTTY = true): { write(text: string): void; isTTY: boolean; written: string[] } {
  const written: string[] = [];
  return { isTTY, written, write: (text: string) => void written.push(text) };
}

/** A clock the test moves by hand. */
function fakeClock(): { now: () => number; advance(ms: number): void } {
  let time = 1_000;
  return { now: () => time, advance: (ms) => void (time += ms) };
}

describe('ProgressBar', () => {
  it('draws count, rate and time left for files', () => {
    const tty = fakeTty();
    const clock = fakeClock();
    const bar = new ProgressBar(tty, 1000, 'files', clock.now);
    clock.advance(2_000);
    bar.update(250);
    expect(tty.written).toEqual(['\r[#####---------------] 250/1000 files  125 files/s  0:06 left']);
  });

  it('draws megabytes for bytes, and hours when the rest takes that long', () => {
    const tty = fakeTty();
    const clock = fakeClock();
    const bar = new ProgressBar(tty, 1_000_000_000, 'bytes', clock.now);
    clock.advance(100_000);
    bar.update(20_000_000);
    expect(tty.written).toEqual(['\r[--------------------] 20/1000 MB  0 MB/s  1:21:40 left']);
  });

  it('redraws at most every 100 ms, the first time after 100 ms', () => {
    const tty = fakeTty();
    const clock = fakeClock();
    const bar = new ProgressBar(tty, 300, 'files', clock.now);
    bar.update(1);
    clock.advance(99);
    bar.update(2);
    expect(tty.written).toEqual([]);
    clock.advance(1);
    bar.update(3);
    clock.advance(50);
    bar.update(4);
    expect(tty.written).toHaveLength(1);
    clock.advance(50);
    bar.update(5);
    expect(tty.written).toHaveLength(2);
    expect(tty.written[1]).toBe('\r[--------------------] 5/300 files  25 files/s  0:12 left');
  });

  it('clears its line on finish, and writes nothing when it never drew', () => {
    const clock = fakeClock();
    const quick = fakeTty();
    const unseen = new ProgressBar(quick, 300, 'files', clock.now);
    unseen.update(300);
    unseen.finish();
    expect(quick.written).toEqual([]);

    const tty = fakeTty();
    const bar = new ProgressBar(tty, 300, 'files', clock.now);
    clock.advance(100);
    bar.update(10);
    bar.finish();
    expect(tty.written.at(-1)).toBe('\r\u001b[K');
  });
});

describe('wantsProgress', () => {
  const base: ProgressConditions = { stream: { write: () => undefined, isTTY: true }, env: {}, enabled: true, total: PROGRESS_FILE_THRESHOLD + 1, unit: 'files', stdoutFormats: ['stylish'] };

  it('shows a bar on a terminal over more files than the threshold', () => {
    expect(wantsProgress(base)).toBe(true);
  });
  it('does not show one at or below the threshold', () => {
    expect(wantsProgress({ ...base, total: PROGRESS_FILE_THRESHOLD })).toBe(false);
  });
  it('uses the byte threshold for logs', () => {
    expect(wantsProgress({ ...base, unit: 'bytes', total: PROGRESS_FILE_THRESHOLD + 1 })).toBe(false);
    expect(wantsProgress({ ...base, unit: 'bytes', total: PROGRESS_BYTE_THRESHOLD + 1 })).toBe(true);
  });
  it('does not show one when stderr is not a terminal', () => {
    expect(wantsProgress({ ...base, stream: { write: () => undefined } })).toBe(false);
  });
  it('does not show one in CI', () => {
    expect(wantsProgress({ ...base, env: { CI: 'true' } })).toBe(false);
  });
  it('does not show one with --no-progress', () => {
    expect(wantsProgress({ ...base, enabled: false })).toBe(false);
  });
  it('does not show one when a machine format goes to standard output', () => {
    expect(wantsProgress({ ...base, stdoutFormats: ['json'] })).toBe(false);
    expect(wantsProgress({ ...base, stdoutFormats: [] })).toBe(true);
  });
});

describe('check with progress', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lparlint-progress-'));
  for (let i = 0; i < PROGRESS_FILE_THRESHOLD + 1; i++) writeFileSync(join(dir, `lpar${i}.cfg`), 'name=lpar\n');

  async function check(argv: readonly string[], isTTY: boolean): Promise<{ stdout: string; stderr: string }> {
    let stdout = '';
    let stderr = '';
    await run(['check', ...argv, '.'], {
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { write: (text: string) => (stderr += text), isTTY },
      stdin: (async function* () {})(),
      env: {},
      cwd: dir,
    });
    return { stdout, stderr };
  }

  it('writes nothing extra to stderr when stderr is not a terminal', async () => {
    const piped = await check([], false);
    const quiet = await check(['--no-progress'], true);
    expect(piped.stderr).toBe(quiet.stderr);
    expect(piped.stdout).toBe(quiet.stdout);
    expect(piped.stderr).not.toContain('\r');
  });

  it('--no-progress is accepted and --progress on a terminal leaves the report untouched', async () => {
    const shown = await check(['--progress'], true);
    const hidden = await check(['--no-progress'], true);
    expect(shown.stdout).toBe(hidden.stdout);
    // Any bar drawn was cleared: what is left on stderr after the last clear is the same.
    expect(shown.stderr.split('\r\u001b[K').at(-1)).toBe(hidden.stderr);
  });
});
