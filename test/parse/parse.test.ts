import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Pair } from '../../src/parse/profile/document.js';
import { parseProfile } from '../../src/parse/profile/parse.js';

const SEED = readFileSync(new URL('../../fixtures/seed/lpar05_on_physical_server_01.cfg', import.meta.url), 'utf8');

/** A pair in tuples: [start, end) spans and the `=` offset. */
function shape(p: Pair): object {
  return {
    key: p.key,
    value: p.value,
    quoting: p.quoting,
    span: [p.span.start, p.span.end],
    keySpan: [p.keySpan.start, p.keySpan.end],
    equals: p.equalsSpan.start,
    valueSpan: [p.valueSpan.start, p.valueSpan.end],
  };
}

function items(source: string, key: string): object[] | undefined {
  return parseProfile(source)
    .pairs.find((p) => p.key === key)
    ?.list?.items.map((i) => ({ text: i.text, span: [i.span.start, i.span.end], quoted: i.quoted }));
}

describe('parseProfile: pairs', () => {
  it('reads the seed example without an error, list attributes split into items', () => {
    const doc = parseProfile(SEED);
    expect(doc.syntaxErrors).toEqual([]);
    expect(doc.pairs.map((p) => p.key)).toContain('virtual_fc_adapters');
    expect(doc.pairs).toHaveLength(46);
    const fc = doc.pairs.find((p) => p.key === 'virtual_fc_adapters');
    expect(fc?.quoting).toBe('pair');
    expect(fc?.list?.items.map((i) => i.text)).toEqual([
      '504/client/2/vio_server1/8/c050760431670010,c050760431670011/1',
      '604/client/3/vio_server2/5/c050760431670012,c050760431670013/1',
    ]);
  });

  it('reads a pair across a continuation; its value is logical, its spans are in the source', () => {
    const doc = parseProfile('name=a,"virtual_scsi_adapters=1/client/2/v/3/1,\\\n2/client/3/w/4/1",lpar_id=1');
    expect(doc.syntaxErrors).toEqual([]);
    expect(doc.pairs.map(shape)).toEqual([
      { key: 'name', value: 'a', quoting: 'none', span: [0, 6], keySpan: [0, 4], equals: 4, valueSpan: [5, 6] },
      {
        key: 'virtual_scsi_adapters',
        value: '1/client/2/v/3/1,2/client/3/w/4/1',
        quoting: 'pair',
        span: [7, 66],
        keySpan: [8, 29],
        equals: 29,
        valueSpan: [30, 65],
      },
      { key: 'lpar_id', value: '1', quoting: 'none', span: [67, 76], keySpan: [67, 74], equals: 74, valueSpan: [75, 76] },
    ]);
    expect(items(doc.source, 'virtual_scsi_adapters')).toEqual([
      { text: '1/client/2/v/3/1', span: [30, 46], quoted: false },
      { text: '2/client/3/w/4/1', span: [49, 65], quoted: false },
    ]);
  });

  it('joins the stray items of an unquoted list back to it instead of reporting each', () => {
    const doc = parseProfile('virtual_scsi_adapters=1/client/2/v/3/1,2/client/3/w/4/1,lpar_id=1');
    expect(doc.syntaxErrors).toEqual([]);
    expect(doc.pairs.map(shape)).toEqual([
      {
        key: 'virtual_scsi_adapters',
        value: '1/client/2/v/3/1,2/client/3/w/4/1',
        quoting: 'none',
        span: [0, 55],
        keySpan: [0, 21],
        equals: 21,
        valueSpan: [22, 55],
      },
      { key: 'lpar_id', value: '1', quoting: 'none', span: [56, 65], keySpan: [56, 63], equals: 63, valueSpan: [64, 65] },
    ]);
    expect(doc.tokens.map((t) => t.kind)).toEqual(['pair', 'separator', 'pair']);
  });

  it('reports a piece without "=" after a scalar, and keeps it as trivia', () => {
    const doc = parseProfile('name=a,lpar05,lpar_id=1');
    expect(doc.syntaxErrors).toEqual([{ message: '"lpar05" is not an attribute=value pair: it has no "="', span: { start: 7, end: 13 }, attribute: null }]);
    expect(doc.tokens.map((t) => `${t.kind}:${t.text}`)).toEqual(['pair:name=a', 'separator:,', 'trivia:lpar05', 'separator:,', 'pair:lpar_id=1']);
  });

  it('recovers from an unbalanced quote: the later pairs are still read', () => {
    const doc = parseProfile('name=a,"lpar_id=1,lpar_env=aixlinux,min_mem=512');
    expect(doc.syntaxErrors.map((e) => [e.span.start, e.span.end, e.attribute])).toEqual([[7, 8, 'lpar_id']]);
    expect(doc.pairs.map((p) => `${p.key}=${p.value}`)).toEqual(['name=a', 'lpar_id=1', 'lpar_env=aixlinux', 'min_mem=512']);
  });

  it('reports every malformed piece of one record in order', () => {
    const doc = parseProfile('name=a,,=1,"b=2"x,lpar_id=1,');
    expect(doc.syntaxErrors.map((e) => [e.span.start, e.span.end])).toEqual([
      [6, 7],
      [8, 9],
      [16, 17],
      [27, 28],
    ]);
    expect(doc.pairs.map((p) => p.key)).toEqual(['name', 'b', 'lpar_id']);
  });

  it('reports a file without attributes', () => {
    expect(parseProfile('').syntaxErrors.map((e) => e.message)).toEqual(['the file holds no attributes; a profile file is one line of attribute=value pairs']);
    expect(parseProfile('  \n').syntaxErrors.map((e) => e.span)).toEqual([{ start: 0, end: 3 }]);
  });
});

describe('parseProfile: lists', () => {
  it('reads none as the empty list and an empty value as no items', () => {
    const doc = parseProfile('io_slots=none,vtpm_adapters=');
    expect(doc.pairs.map((p) => p.list)).toEqual([
      { none: true, items: [] },
      { none: false, items: [] },
    ]);
  });

  it('unwraps "" items; an item span holds its wrapping, its fields do not', () => {
    const code =
      '"virtual_fc_adapters=""504/client/2/vio_server1/8/c050760431670010,c050760431670011/1"",""604/client/3/vio_server2/5/c050760431670012,c050760431670013/1"""';
    expect(items(code, 'virtual_fc_adapters')).toEqual([
      { text: '504/client/2/vio_server1/8/c050760431670010,c050760431670011/1', span: [21, 87], quoted: true },
      { text: '604/client/3/vio_server2/5/c050760431670012,c050760431670013/1', span: [88, 154], quoted: true },
    ]);
    const fields = parseProfile(code).pairs[0]?.list?.items[0]?.fields.map((f) => [f.text, f.span.start, f.span.end]);
    expect(fields).toEqual([
      ['504', 23, 26],
      ['client', 27, 33],
      ['2', 34, 35],
      ['vio_server1', 36, 47],
      ['8', 48, 49],
      ['c050760431670010,c050760431670011', 50, 83],
      ['1', 84, 85],
    ]);
  });

  it('joins an unwrapped item that its own commas split, by the field count it needs', () => {
    expect(items('"virtual_fc_adapters=504/client/2/vio_server1/8/c050760431670010,c050760431670011/1"', 'virtual_fc_adapters')).toEqual([
      { text: '504/client/2/vio_server1/8/c050760431670010,c050760431670011/1', span: [21, 83], quoted: false },
    ]);
    expect(items('"virtual_eth_adapters=3/1/1/10/0/1,2/1/1/3,4,5/0/1,3/1/1/10/0/1"', 'virtual_eth_adapters')).toEqual([
      { text: '3/1/1/10/0/1', span: [22, 34], quoted: false },
      { text: '2/1/1/3,4,5/0/1', span: [35, 50], quoted: false },
      { text: '3/1/1/10/0/1', span: [51, 63], quoted: false },
    ]);
  });

  it('splits vNIC items at ":"', () => {
    const item = parseProfile('vnic_adapters=5:ded:1:0:0:all::all:0:sriov/vios1/1/1/0/2.0/50/100.0').pairs[0]?.list?.items[0];
    expect(item?.fields.map((f) => f.text)).toEqual(['5', 'ded', '1', '0', '0', 'all', '', 'all', '0', 'sriov/vios1/1/1/0/2.0/50/100.0']);
  });

  it('reports a "" that never closes and text after a closing ""', () => {
    const open = parseProfile('"virtual_fc_adapters=""504/client/2/vio_server1/8/c050760431670010,c050760431670011/1"');
    expect(open.syntaxErrors.map((e) => [e.message, e.span.start, e.span.end, e.attribute])).toEqual([
      ['the "" that opens this list item is never closed', 21, 23, 'virtual_fc_adapters'],
    ]);
    const after = parseProfile('"virtual_fc_adapters=""1/client/2/v/8//1""x,""2/client/3/w/9//1"""');
    expect(after.syntaxErrors.map((e) => [e.message, e.span.start, e.span.end])).toEqual([['text after the closing "" of a list item: "x"', 42, 43]]);
    expect(after.pairs[0]?.list?.items).toHaveLength(2);
  });
});

describe('parseProfile: tokens', () => {
  it('covers every character once, breaks and blanks as their own tokens', () => {
    const source = '\uFEFF a=1 , "b=2"\\\n ,c=3  \n  ';
    const tokens = parseProfile(source).tokens;
    expect(tokens.map((t) => `${t.kind}:${t.text}`)).toEqual([
      'bom:\uFEFF',
      'trivia: ',
      'pair:a=1',
      'trivia: ',
      'separator:,',
      'trivia: ',
      'pair:"b=2"',
      'break:\\\n ',
      'separator:,',
      'pair:c=3',
      'trivia:  ',
      'break:\n',
      'trivia:  ',
    ]);
    tokens.forEach((t, i) => expect(t.span.start).toBe(i === 0 ? 0 : tokens[i - 1]!.span.end));
  });
});
