import { describe, expect, it } from 'vitest';
import type { CheckedFile } from '../../src/check/check-file.js';
import type { Checker, Chunk } from '../../src/check/checker.js';
import { checkInOrder, chunked } from '../../src/check/pool.js';
import type { Target } from '../../src/read/discover.js';

const file = (name: string): Target => ({ kind: 'file', path: name, absolute: `/x/${name}` });
const outcome = (target: Target): CheckedFile => ({ result: { path: target.path, source: '', diagnostics: [] } });

/** A checker that answers after `delay(chunk)` ms and records what it took; `filesOnly`: as a worker, files only. */
function fakeChecker(name: string, delay: (chunk: Chunk) => number, options: { filesOnly?: boolean; fail?: number } = {}) {
  const taken: number[] = [];
  let busy = 0;
  let closed = false;
  const checker: Checker = {
    canTake: (chunk) => busy < 2 && (!options.filesOnly || chunk.targets.every((t) => t.kind === 'file')),
    check: (chunk) => {
      taken.push(chunk.index);
      busy++;
      return new Promise((resolve, reject) =>
        setTimeout(() => {
          busy--;
          if (chunk.index === options.fail) reject(new Error(`${name} failed`));
          else resolve(chunk.targets.map(outcome));
        }, delay(chunk)),
      );
    },
    close: async () => {
      closed = true;
    },
  };
  return { checker, taken, isClosed: () => closed };
}

async function paths(outcomes: AsyncIterable<CheckedFile>): Promise<string[]> {
  const seen: string[] = [];
  for await (const { result } of outcomes) seen.push(result.path);
  return seen;
}

describe('chunked', () => {
  it('cuts the targets in order, the last chunk shorter', () => {
    const chunks = chunked(['a', 'b', 'c', 'd', 'e'].map(file), 2);
    expect(chunks.map((c) => [c.index, c.targets.map((t) => t.path)])).toEqual([
      [0, ['a', 'b']],
      [1, ['c', 'd']],
      [2, ['e']],
    ]);
  });
});

describe('checkInOrder', () => {
  const names = Array.from({ length: 12 }, (_, i) => `f${String(i).padStart(2, '0')}.cfg`);

  it('yields every outcome in target order, though later chunks finish first', async () => {
    // The worker is slow on early chunks, the main thread fast: they finish out of order.
    const worker = fakeChecker('worker', (chunk) => 30 - chunk.index * 2);
    const main = fakeChecker('main', () => 1);
    const seen = await paths(checkInOrder(chunked(names.map(file), 2), [worker.checker, main.checker]));
    expect(seen).toEqual(names);
    expect(worker.taken.length).toBeGreaterThan(0);
    expect(main.taken.length).toBeGreaterThan(0);
    expect(worker.isClosed() && main.isClosed()).toBe(true);
  });

  it('gives a chunk with standard input only to the checker that takes it', async () => {
    const targets: Target[] = [file('a.cfg'), { kind: 'stdin', path: '<stdin>' }, file('b.cfg'), file('c.cfg')];
    const worker = fakeChecker('worker', () => 1, { filesOnly: true });
    const main = fakeChecker('main', () => 1);
    const seen = await paths(checkInOrder(chunked(targets, 2), [worker.checker, main.checker]));
    expect(seen).toEqual(['a.cfg', '<stdin>', 'b.cfg', 'c.cfg']);
    expect(main.taken).toContain(0);
    expect(worker.taken).not.toContain(0);
  });

  it('fails when a checker fails, and closes every checker', async () => {
    const worker = fakeChecker('worker', () => 1, { fail: 1 });
    const main = fakeChecker('main', () => 5);
    await expect(paths(checkInOrder(chunked(names.map(file), 2), [worker.checker, main.checker]))).rejects.toThrow('worker failed');
    expect(worker.isClosed() && main.isClosed()).toBe(true);
  });
});
