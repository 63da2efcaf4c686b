import rule from '../../rules/syntax.js';
import { seedFixture } from './seed-fixture.js';
import { ruleTester } from './tester.js';

ruleTester(rule, {
  valid: [
    { name: 'the seed example', code: seedFixture('lpar05_on_physical_server_01.cfg') },
    { name: 'the raw concatenated seed output', code: seedFixture('lssyscfg-raw-concatenated.cfg') },
    { name: 'the docs copy: its line continuations belong to single-line', code: seedFixture('lpar05-docs-copy-with-continuations.cfg') },
    { name: 'a value holding "="', code: 'name=a=b' },
    { name: 'an empty value', code: 'name=a,lpar_env=' },
    { name: 'an unquoted list: adapter-quoting reports it, not a cascade of pieces', code: 'virtual_scsi_adapters=1/client/2/v/3/1,2/client/3/w/4/1,name=a' },
  ],
  invalid: [
    {
      name: 'an unbalanced quote, named after the attribute it opens',
      code: 'name=a,"virtual_scsi_adapters=1/client/2/v/3/1,2/client/3/w/4/1',
      errors: [{ line: 1, column: 8, endLine: 1, endColumn: 9, attribute: 'virtual_scsi_adapters', message: 'unbalanced double quote' }],
    },
    {
      name: 'a piece without "="',
      code: 'name=a,lpar05,lpar_id=1',
      errors: [{ line: 1, column: 8, endLine: 1, endColumn: 14, attribute: null, message: '"lpar05" is not an attribute=value pair: it has no "="' }],
    },
    {
      name: 'an empty attribute name',
      code: 'name=a,=1',
      errors: [{ line: 1, column: 8, endLine: 1, endColumn: 9, message: 'attribute name missing before "="' }],
    },
    {
      name: 'text after a closing quote',
      code: '"virtual_scsi_adapters=1/client/2/v/3/1"x,name=a',
      errors: [{ line: 1, column: 41, endLine: 1, endColumn: 42, attribute: 'virtual_scsi_adapters', message: 'text after the closing quote: "x"' }],
    },
    {
      name: 'two commas in a row, at the first of them',
      code: 'name=a,,lpar_id=1',
      errors: [{ line: 1, column: 7, endLine: 1, endColumn: 8, message: 'empty attribute between commas' }],
    },
    {
      name: 'a trailing comma',
      code: 'name=a,',
      errors: [{ line: 1, column: 7, endLine: 1, endColumn: 8, message: 'the record ends with a comma' }],
    },
    {
      name: 'an empty file',
      code: '',
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 1, attribute: null, message: 'the file holds no attributes' }],
    },
    {
      name: 'a list item whose "" never closes',
      code: '"virtual_fc_adapters=""504/client/2/vio_server1/8/c050760431670010,c050760431670011/1"',
      errors: [{ line: 1, column: 22, endLine: 1, endColumn: 24, attribute: 'virtual_fc_adapters', message: 'the "" that opens this list item is never closed' }],
    },
    {
      name: 'every error of a record, the pairs after each still read',
      code: 'name=a,,lpar05,lpar_id=1,',
      errors: [
        { line: 1, column: 7, endLine: 1, endColumn: 8, message: 'empty attribute between commas' },
        { line: 1, column: 9, endLine: 1, endColumn: 15, message: '"lpar05"' },
        { line: 1, column: 25, endLine: 1, endColumn: 26, message: 'the record ends with a comma' },
      ],
    },
  ],
});
