import { describe, expect, it } from 'vitest';
import { readAhead } from '../../src/core/read-ahead.js';

describe('readAhead', () => {
  it('yields every result in item order, even when later ones finish first', async () => {
    const delays = [30, 1, 10, 0, 5];
    const got: (readonly [number, string])[] = [];
    for await (const pair of readAhead(delays, (ms) => new Promise<string>((done) => setTimeout(() => done(`waited ${ms}`), ms)), 3)) got.push(pair);
    expect(got).toEqual(delays.map((ms) => [ms, `waited ${ms}`]));
  });

  it('keeps at most `window` started ahead of the consumer', async () => {
    let running = 0;
    let most = 0;
    const start = async (n: number): Promise<number> => {
      running++;
      most = Math.max(most, running);
      await new Promise((done) => setTimeout(done, 1));
      running--;
      return n;
    };
    const seen: number[] = [];
    for await (const [, n] of readAhead([...Array(20).keys()], start, 4)) seen.push(n);
    expect(seen).toEqual([...Array(20).keys()]);
    expect(most).toBeLessThanOrEqual(4);
    expect(most).toBeGreaterThan(1);
  });

  it('yields nothing for no items', async () => {
    const got: unknown[] = [];
    for await (const pair of readAhead([], async () => 1, 4)) got.push(pair);
    expect(got).toEqual([]);
  });
});
