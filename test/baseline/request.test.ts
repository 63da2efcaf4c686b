import { describe, expect, it } from 'vitest';
import { baselineRequest } from '../../src/baseline/request.js';
import { InputError } from '../../src/read/input-error.js';

describe('baselineRequest', () => {
  it('is undefined without any baseline option', () => {
    expect(baselineRequest({})).toBeUndefined();
  });

  it.each([
    [{ baseline: 'b.json' }, 'check'],
    [{ baseline: 'b.json', updateBaseline: true }, 'update'],
    [{ baseline: 'b.json', pruneBaseline: true }, 'prune'],
    [{ baseline: 'b.json', fixDryRun: true }, 'check'],
  ] as const)('%o asks to %s', (flags, mode) => {
    expect(baselineRequest(flags)).toEqual({ file: 'b.json', mode });
  });

  it.each([
    [{ updateBaseline: true }, /--update-baseline needs the baseline file: add --baseline FILE/],
    [{ pruneBaseline: true }, /--prune-baseline needs the baseline file/],
    [{ baseline: 'b.json', updateBaseline: true, pruneBaseline: true }, /give it or --prune-baseline, not both/],
    [{ baseline: 'b.json', updateBaseline: true, fixDryRun: true }, /--update-baseline records the findings of the files on disk/],
    [{ baseline: 'b.json', pruneBaseline: true, fixDryRun: true }, /--prune-baseline records the findings of the files on disk/],
  ])('refuses %o', (flags, message) => {
    expect(() => baselineRequest(flags)).toThrow(InputError);
    expect(() => baselineRequest(flags)).toThrow(message);
  });
});
