import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../src/parse/profile/parse.js';
import { printProfile } from '../../src/parse/profile/print.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));

/** Every file under fixtures/, as paths relative to it. */
const fixtureFiles = readdirSync(FIXTURES, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(FIXTURES, f)).isFile());

/** Inputs that stress the tokens: breaks, BOM, blanks, broken quotes, non-ASCII. */
const TRICKY = [
  '',
  '\n',
  '\uFEFF',
  '\uFEFF\n\n',
  'a',
  '"',
  '""',
  '"""',
  ',',
  ',,',
  '=',
  'a=1,\\\n  b=2\\\n',
  '\r\n\r\n',
  'a=1 \\\r\n b=2  \n \n  ',
  '"virtual_fc_adapters=""1,2"",""3',
  'a="x',
  '  "a = 1 " , b\t=\t2\t',
  'virtual_scsi_adapters=1/client/2/v/3/1,2/client/3/w/4/1,x',
  '\u201Ca=1\u201D,b=\u00E9\u{1F600}',
  '\0\0a=1\r',
  '\n\n  a=1,\n\n,b=2\\',
];

describe('printProfile(parseProfile(x)) === x', () => {
  it('finds the fixtures', () => {
    expect(fixtureFiles.length).toBeGreaterThan(0);
  });
  for (const file of fixtureFiles) {
    it(`fixture ${file}`, () => {
      const source = readFileSync(join(FIXTURES, file), 'utf8');
      expect(printProfile(parseProfile(source))).toBe(source);
    });
  }
  for (const source of TRICKY) {
    it(`tricky ${JSON.stringify(source)}`, () => {
      const doc = parseProfile(source);
      expect(printProfile(doc)).toBe(source);
      doc.tokens.forEach((t, i) => {
        expect(t.span.start).toBe(i === 0 ? 0 : doc.tokens[i - 1]!.span.end);
        expect(t.text).toBe(source.slice(t.span.start, t.span.end));
        if (t.kind === 'trivia') expect(t.text).not.toMatch(/\n/);
      });
    });
  }
});
