import { describe, expect, it } from 'vitest';
import { removePair, removePairs } from '../../src/fix/edits.js';
import { parseProfile } from '../../src/parse/profile/parse.js';
import { applyEdits } from '../rules/apply-edits.js';

const removing = (code: string, keys: readonly string[]): string => {
  const document = parseProfile(code);
  return applyEdits(code, removePairs(document, document.pairs.filter((p) => keys.includes(p.key))));
};

describe('removePairs', () => {
  it.each([
    ['a middle pair takes the comma after it', 'a=1,b=2,c=3', ['b'], 'a=1,c=3'],
    ['the last pair takes the comma before it', 'a=1,b=2,c=3', ['c'], 'a=1,b=2'],
    ['the first pair takes the comma after it', 'a=1,b=2,c=3', ['a'], 'b=2,c=3'],
    ['neighbours at the end share one comma', 'a=1,b=2,c=3', ['b', 'c'], 'a=1'],
    ['neighbours in the middle share one comma', 'a=1,b=2,c=3,d=4', ['b', 'c'], 'a=1,d=4'],
    ['runs apart from each other', 'a=1,b=2,c=3,d=4,e=5', ['a', 'c', 'e'], 'b=2,d=4'],
    ['every pair', 'a=1,b=2', ['a', 'b'], ''],
    ['a quoted list pair', 'a=1,"b=x,y",c=3', ['b'], 'a=1,c=3'],
  ])('%s', (_name, code, keys, expected) => {
    expect(removing(code, keys)).toBe(expected);
  });

  it('removePair is removePairs of one', () => {
    const document = parseProfile('a=1,b=2');
    expect(removePair(document, document.pairs[1]!)).toEqual(removePairs(document, [document.pairs[1]!])[0]);
  });
});
