import { expect, it } from 'vitest';
import { lintProfile } from '../../src/lint/lint-profile.js';
import rule from '../../rules/encoding.js';
import { applyEdits } from './apply-edits.js';
import { seedFixture } from './seed-fixture.js';
import { ruleTester } from './tester.js';

/** ASCII text as UTF-16 bytes read as UTF-8: a NUL after (LE) or before (BE) every character. */
function utf16AsUtf8(text: string, order: 'le' | 'be'): string {
  return [...text].map((c) => (order === 'le' ? c + '\0' : '\0' + c)).join('');
}

ruleTester(rule, {
  valid: [
    { name: 'the seed example', code: seedFixture('lpar05_on_physical_server_01.cfg') },
    { name: 'the raw concatenated seed output', code: seedFixture('lssyscfg-raw-concatenated.cfg') },
    { name: 'a tab between pairs belongs to the whitespace rule', code: 'name=a,\tlpar_id=1' },
    { name: 'a tab indenting a continued line belongs to single-line', code: 'name=a,\\\n\tlpar_id=1' },
  ],
  invalid: [
    {
      name: 'a byte-order mark',
      code: '\uFEFFname=a',
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 2, attribute: 'name', message: 'byte-order mark U+FEFF at the start of the file, before name; expected plain ASCII text' }],
    },
    {
      name: 'CRLF line ends, one finding per line',
      code: 'name=a,\r\nlpar_id=1\r\n',
      errors: [
        { line: 1, column: 8, endLine: 1, endColumn: 9, attribute: 'name', message: 'carriage return U+000D of a Windows (CRLF) line end after name; expected Unix line ends (LF only)' },
        { line: 2, column: 10, endLine: 2, endColumn: 11, attribute: 'lpar_id', message: 'carriage return' },
      ],
    },
    {
      name: 'typographic quotes around a list, named after the attribute',
      code: '“virtual_scsi_adapters=1/client/2/v/3/1,2/client/3/w/4/1”',
      errors: [
        {
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 2,
          attribute: 'virtual_scsi_adapters',
          message: 'typographic double quote “ (U+201C) in virtual_scsi_adapters; expected a plain double quote " (U+0022)',
        },
        { line: 1, column: 57, endLine: 1, endColumn: 58, message: 'typographic double quote ” (U+201D) after virtual_scsi_adapters' },
      ],
    },
    {
      name: 'a run of typographic apostrophes is one finding',
      code: 'name=x’’',
      errors: [{ line: 1, column: 7, endLine: 1, endColumn: 9, message: "2 typographic single quotes ’ (U+2019) in name; expected a plain apostrophe ' (U+0027)" }],
    },
    {
      name: 'an em dash',
      code: 'os_version=AIX 7.1 7100—00',
      errors: [{ line: 1, column: 24, endLine: 1, endColumn: 25, attribute: 'os_version', message: 'typographic dash — (U+2014) in os_version; expected a plain hyphen-minus - (U+002D)' }],
    },
    {
      name: 'non-breaking spaces',
      code: 'name=lpar\u00a0\u00a005',
      errors: [{ line: 1, column: 10, endLine: 1, endColumn: 12, message: '2 special spaces U+00A0 in name; expected a plain space (U+0020)' }],
    },
    {
      name: 'a zero-width space',
      code: 'name=lpar\u200b05',
      errors: [{ line: 1, column: 10, endLine: 1, endColumn: 11, message: 'invisible character U+200B in name' }],
    },
    {
      name: 'NUL characters: no fix, a suggestion',
      code: 'name=a\0\0',
      errors: [{ line: 1, column: 7, endLine: 1, endColumn: 9, message: '2 control characters U+0000 in name', suggestion: 'cat -v test.cfg' }],
    },
    {
      name: 'a NUL-padded file is not UTF-16: one run of control characters',
      code: 'name=a' + '\0'.repeat(20),
      errors: [{ line: 1, column: 7, endLine: 1, endColumn: 27, message: '20 control characters U+0000 in name' }],
    },
    {
      name: 'a CR that ends no line',
      code: 'name=a\rlpar_id=1',
      errors: [{ line: 1, column: 7, endLine: 1, endColumn: 8, message: 'control character U+000D' }],
    },
    {
      name: 'bytes that are not valid UTF-8',
      code: 'name=caf\uFFFD',
      errors: [{ line: 1, column: 9, endLine: 1, endColumn: 10, message: 'byte sequence that is not valid UTF-8 (decoded as U+FFFD) in name', suggestion: "grep -naxv '.*' test.cfg" }],
    },
    {
      name: 'an accented letter',
      code: 'name=café',
      errors: [{ line: 1, column: 9, endLine: 1, endColumn: 10, message: 'non-ASCII character é (U+00E9) in name; expected ASCII characters only' }],
    },
    {
      name: 'a character outside the BMP spans its two UTF-16 units',
      code: 'name=a\u{1F600}',
      errors: [{ line: 1, column: 7, endLine: 1, endColumn: 9, message: 'non-ASCII character \u{1F600} (U+1F600)' }],
    },
    {
      name: 'a tab inside a value',
      code: 'os_version=AIX\t7.1',
      errors: [{ line: 1, column: 15, endLine: 1, endColumn: 16, attribute: 'os_version', message: 'tab in os_version; expected a space' }],
    },
    {
      name: 'UTF-16 LE with its byte-order mark: one finding for the file',
      code: '\uFFFD\uFFFD' + utf16AsUtf8('name=a,lpar_id=1\n', 'le'),
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 3, attribute: null, message: 'the file is UTF-16 encoded (it starts with the UTF-16 byte-order mark', suggestion: 'iconv -f UTF-16 -t ASCII test.cfg' }],
    },
    {
      name: 'UTF-16 BE without a byte-order mark',
      code: utf16AsUtf8('name=a,lpar_id=1', 'be'),
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 2, message: 'the file is UTF-16 encoded (every other byte is NUL)' }],
    },
  ],
});

function fixes(code: string) {
  return lintProfile(code, { path: 'test.cfg', rules: [rule] }).diagnostics.map((d) => d.fix);
}

it('encoding: the safe fixes drop the BOM and CRs and replace typographic characters', () => {
  const code = '\uFEFF“virtual_scsi_adapters=1/client/2/v/3/1,2/client/3/w/4/1”,os_version=AIX\u00a07.1 7100–00,name=a\u200b’\r\n';
  const found = fixes(code);
  expect(found.every((f) => f?.safe === true)).toBe(true);
  expect(applyEdits(code, found.flatMap((f) => f?.edits ?? []))).toBe(
    '"virtual_scsi_adapters=1/client/2/v/3/1,2/client/3/w/4/1",os_version=AIX 7.1 7100-00,name=a\'\n',
  );
});

it('encoding: replacing a tab in a value is an unsafe fix; control characters and invalid UTF-8 have none', () => {
  const [tab] = fixes('os_version=AIX\t7.1');
  expect(tab?.safe).toBe(false);
  expect(applyEdits('os_version=AIX\t7.1', tab?.edits ?? [])).toBe('os_version=AIX 7.1');
  expect(fixes('name=a\0')).toEqual([undefined]);
  expect(fixes('name=caf\uFFFD')).toEqual([undefined]);
});
