import { describe, expect, it } from 'vitest';
import { parseBaseline, serializeBaseline } from '../../src/baseline/baseline-file.js';
import { PlaceCounts } from '../../src/baseline/counts.js';

const TEXT = `{
  "version": 1,
  "files": {
    "configs/a.cfg": {
      "null-value": {
        "max_num_huge_pages": 1,
        "min_num_huge_pages": 2
      },
      "syntax": {
        "(file)": 1
      }
    },
    "configs/b.cfg": {
      "whitespace": {
        "lpar_id": 3
      }
    }
  }
}
`;

function counts(text: string): PlaceCounts {
  const parsed = parseBaseline(text);
  if ('fault' in parsed) throw new Error(parsed.fault.message);
  return parsed.counts;
}

describe('parseBaseline', () => {
  it('reads the count of every file, rule and attribute', () => {
    const read = counts(TEXT);
    expect(read.get({ path: 'configs/a.cfg', rule: 'null-value', attribute: 'min_num_huge_pages' })).toBe(2);
    expect(read.get({ path: 'configs/a.cfg', rule: 'syntax', attribute: '(file)' })).toBe(1);
    expect(read.get({ path: 'configs/b.cfg', rule: 'whitespace', attribute: 'lpar_id' })).toBe(3);
    expect(read.total).toBe(7);
  });

  it('reads an empty baseline', () => {
    expect(counts('{ "version": 1, "files": {} }').total).toBe(0);
  });

  it.each([
    ['a count that is not a number', TEXT.replace('"lpar_id": 3', '"lpar_id": "3"'), 15, 20, /^files\.configs\/b\.cfg\.whitespace\.lpar_id is "3"; expected a whole number of 1 or more/],
    ['a count of 0', TEXT.replace('"lpar_id": 3', '"lpar_id": 0'), 15, 20, /lpar_id is 0; expected a whole number of 1 or more/],
    ['another version', TEXT.replace('"version": 1', '"version": 2'), 2, 14, /^version is 2; expected 1, the only baseline format version/],
    ['a rule given as a count', TEXT.replace(/"syntax": \{\s*"\(file\)": 1\s*\}/, '"syntax": 1'), 9, 17, /syntax is 1; expected a mapping of attribute to count/],
    ['an unknown key', TEXT.replace('"version": 1,', '"version": 1, "count": 3,'), 2, 17, /^unknown key "count" at the top of the baseline; expected one of: version, files/],
    ['no files', '{ "version": 1 }', 1, 1, /^the baseline has no files; expected a mapping with version and files/],
    ['broken JSON', TEXT.slice(0, -3), 18, 4, /^JSON syntax error/],
    ['a key given twice', TEXT.replace('"version": 1,', '"version": 1, "version": 1,'), 2, 17, /the key "version" is given twice/],
  ])('faults %s at its line and column', (_what, text, line, column, message) => {
    const parsed = parseBaseline(text);
    expect('fault' in parsed && parsed.fault).toMatchObject({ line, column, message: expect.stringMatching(message) });
  });

  it('says how many more faults there are', () => {
    const parsed = parseBaseline(TEXT.replace('"lpar_id": 3', '"lpar_id": 0').replace('"(file)": 1', '"(file)": -1'));
    expect('fault' in parsed && parsed.fault).toMatchObject({ line: 10, more: 1 });
  });
});

describe('serializeBaseline', () => {
  it('writes sorted JSON with a 2-space indent and a final line end, whatever the order of adding', () => {
    const read = counts(TEXT);
    const shuffled = new PlaceCounts();
    for (const { place, count } of read.entries().reverse()) shuffled.add(place, count);
    expect(serializeBaseline(shuffled)).toBe(TEXT);
  });

  it('writes an empty baseline', () => {
    expect(serializeBaseline(new PlaceCounts())).toBe('{\n  "version": 1,\n  "files": {}\n}\n');
  });

  it('reads back what it writes', () => {
    expect(serializeBaseline(counts(serializeBaseline(counts(TEXT))))).toBe(TEXT);
  });
});
