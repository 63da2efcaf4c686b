import { describe, expect, it } from 'vitest';
import { checkThreads, FILES_PER_THREAD, MAX_AUTO_THREADS, parseConcurrency } from '../../src/check/concurrency.js';
import { InputError } from '../../src/read/input-error.js';

describe('parseConcurrency', () => {
  it('takes off, auto and a whole number of threads', () => {
    expect(parseConcurrency('off')).toBe('off');
    expect(parseConcurrency('auto')).toBe('auto');
    expect(parseConcurrency('3')).toBe(3);
  });

  it.each(['0', '-1', '1.5', 'two', '', '2x'])('rejects %j as a usage error', (value) => {
    expect(() => parseConcurrency(value)).toThrow(InputError);
  });
});

describe('checkThreads', () => {
  it('auto keeps small batches on the main thread, where a worker would cost more than it saves', () => {
    expect(checkThreads('auto', 1, 8)).toBe(1);
    expect(checkThreads('auto', 2 * FILES_PER_THREAD - 1, 8)).toBe(1);
  });

  it('auto starts a second thread once each gets enough files', () => {
    expect(checkThreads('auto', 2 * FILES_PER_THREAD, 8)).toBe(2);
  });

  it('auto never uses more threads than CPUs, nor more than its memory cap', () => {
    expect(checkThreads('auto', 100_000, 1)).toBe(1);
    expect(checkThreads('auto', 100_000, 2)).toBe(2);
    expect(checkThreads('auto', 100_000, 64)).toBe(MAX_AUTO_THREADS);
  });

  it('off is the main thread alone, and a number is taken as given', () => {
    expect(checkThreads('off', 100_000, 8)).toBe(1);
    expect(checkThreads(3, 10, 1)).toBe(3);
  });
});
