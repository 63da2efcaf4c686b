import { describe, expect, it } from 'vitest';
import type { LogPattern } from '../../../src/diagnose/model.js';
import { matchRecord, type PatternCatalog } from '../../../src/diagnose/patterns/index.js';

function entry(id: string, regex: string): PatternCatalog[number] {
  const pattern: LogPattern = { id, category: 'hmc', description: id, regex, captures: {}, explainedBy: [], suggestion: id };
  return { pattern, regex: new RegExp(regex) };
}

describe('matchRecord', () => {
  const catalog: PatternCatalog = [entry('specific', 'HSCL8012 (?<name>\\w+)'), entry('either', 'code (?<code>\\d+)|(?<none>no code)'), entry('generic', 'HSCL')];

  it('gives the first entry, in catalog order, whose regex occurs in the text', () => {
    expect(matchRecord('x HSCL8012 vio1', catalog)?.pattern.id).toBe('specific');
    expect(matchRecord('x HSCL1566', catalog)?.pattern.id).toBe('generic');
    expect(matchRecord('nothing here', catalog)).toBeUndefined();
  });

  it('gives the captures by name, leaving out groups that took no part in the match', () => {
    expect(matchRecord('HSCL8012 vio1', catalog)?.captures).toEqual({ name: 'vio1' });
    expect(matchRecord('code 42', catalog)?.captures).toEqual({ code: '42' });
    expect(matchRecord('no code', catalog)?.captures).toEqual({ none: 'no code' });
  });

  it('matches the same text the same way twice: no state is kept', () => {
    expect(matchRecord('HSCL8012 vio1', catalog)).toEqual(matchRecord('HSCL8012 vio1', catalog));
  });
});
