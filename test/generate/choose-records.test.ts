import { describe, expect, it } from 'vitest';
import { choosePartition, chooseProfile } from '../../src/generate/choose-records.js';
import { readLssyscfgOutput } from '../../src/generate/lssyscfg-records.js';

const read = (text: string) => readLssyscfgOutput(text, 'test input', 'lssyscfg');

describe('choosePartition', () => {
  const records = read('name=vio1,lpar_id=1\nname=lpar08,lpar_id=18\nname=lpar09,lpar_id=19\n');

  it('takes the only record without --lpar-name, and the named one with it', () => {
    expect(choosePartition(read('name=lpar08,lpar_id=18\n'), undefined, 'L').name).toBe('lpar08');
    expect(choosePartition(records, 'lpar09', 'L').line).toBe(3);
  });

  it('lists the partitions when the choice is missing, matches nothing or is ambiguous', () => {
    expect(() => choosePartition(records, undefined, 'L')).toThrow('L: lists 3 partitions (vio1, lpar08, lpar09); choose one with --lpar-name');
    expect(() => choosePartition(records, 'lpar10', 'L')).toThrow('L: no partition named lpar10; it lists vio1, lpar08, lpar09');
    const twice = read('name=lpar08,lpar_id=18\nname=lpar08,lpar_id=18\n');
    expect(() => choosePartition(twice, 'lpar08', 'L')).toThrow('L: partition lpar08 is listed 2 times (lines 1, 2); keep one');
  });

  it('recognises profile output given as --lpar, and a record without a name', () => {
    expect(() => choosePartition(read('name=p,lpar_name=lpar08\n'), undefined, 'L')).toThrow('L: line 1 is a profile (it has lpar_name=), not a partition');
    expect(() => choosePartition(read('lpar_id=18\n'), undefined, 'L')).toThrow('L: line 1 has no name=; expected the output of lssyscfg -r lpar');
  });
});

describe('chooseProfile', () => {
  const records = read('name=normal,lpar_name=lpar08\nname=maint,lpar_name=lpar08\nname=default,lpar_name=lpar09\n');

  it('takes the partition\'s only profile, or the named one', () => {
    expect(chooseProfile(records, 'lpar09', undefined, 'P').name).toBe('default');
    expect(chooseProfile(records, 'lpar08', 'maint', 'P').line).toBe(2);
  });

  it('matches profiles by lpar_name, never those of another partition', () => {
    expect(() => chooseProfile(records, 'lpar09', 'normal', 'P')).toThrow('P: partition lpar09 has no profile named normal; its profiles are default');
    expect(() => chooseProfile(records, 'lpar05', undefined, 'P')).toThrow('P: no profile of partition lpar05; it holds profiles of lpar08, lpar09');
  });

  it('lists the profiles when the choice is missing or ambiguous', () => {
    expect(() => chooseProfile(records, 'lpar08', undefined, 'P')).toThrow('P: partition lpar08 has 2 profiles (normal, maint); choose one with --profile-name');
    const twice = read('name=normal,lpar_name=lpar08\nname=normal,lpar_name=lpar08\n');
    expect(() => chooseProfile(twice, 'lpar08', 'normal', 'P')).toThrow('P: profile normal of partition lpar08 is listed 2 times (lines 1, 2); keep one');
  });

  it('recognises partition output given as --prof', () => {
    expect(() => chooseProfile(read('name=lpar08,lpar_id=18\n'), 'lpar08', undefined, 'P')).toThrow(
      'P: line 1 has no lpar_name=, so it is not a profile; give the output of lssyscfg -r prof',
    );
  });
});
