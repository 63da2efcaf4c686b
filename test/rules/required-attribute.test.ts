import rule from '../../rules/required-attribute.js';
import { seedFixture } from './seed-fixture.js';
import { ruleTester } from './tester.js';

const seed = seedFixture('lpar05_on_physical_server_01.cfg');
const docsCopy = seedFixture('lpar05-docs-copy-with-continuations.cfg');
const PROF_COMMAND = 'lssyscfg -r prof -m <server> --filter lpar_names=lpar05,profile_names=lpar05';
const LPAR_COMMAND = 'lssyscfg -r lpar -m <server> --filter lpar_names=lpar05';

ruleTester(rule, {
  valid: [
    { name: 'the seed example has every attribute of the procedure', code: seed },
    { name: 'the docs copy with continuation lines', code: docsCopy },
    {
      name: 'the raw concatenated outputs: only profile_name is missing, which is the profile-name rule’s',
      code: seedFixture('lssyscfg-raw-concatenated.cfg'),
    },
    { name: 'a null value counts as present', code: seed.replace('min_mem=512', 'min_mem=null') },
    { name: 'an empty file is the syntax rule’s finding', code: '' },
  ],
  invalid: [
    {
      name: 'a required profile attribute: an error at the end of the last pair, with the lssyscfg -r prof command',
      code: seed.replace(',desired_mem=2048', ''),
      errors: [
        {
          line: 1,
          column: 1194,
          endLine: 1,
          endColumn: 1194,
          message: 'desired_mem (an integer number of MB, at least 1) is missing; partition creation needs it',
          attribute: 'desired_mem',
          suggestion: `append desired_mem=<value> to the end of the line, copied from the output of ${PROF_COMMAND}`,
        },
      ],
    },
    {
      name: 'a recommended partition attribute: a warning, with the lssyscfg -r lpar command',
      code: seed.replace(',time_ref=0', ''),
      errors: [
        {
          line: 1,
          column: 1200,
          endLine: 1,
          endColumn: 1200,
          severity: 'warning',
          message: /^time_ref \(0 or 1\) is missing; the VCS procedure selects it/,
          attribute: 'time_ref',
          suggestion: new RegExp(`copied from the output of ${escape(LPAR_COMMAND)}$`),
        },
      ],
    },
    {
      name: 'an attribute both outputs print names both commands',
      code: seed.replace(',lpar_id=15', ''),
      errors: [
        {
          line: 1,
          column: 1200,
          endLine: 1,
          endColumn: 1200,
          message: 'lpar_id (a partition id (1 or more)) is missing',
          suggestion: `copied from the output of ${LPAR_COMMAND} (or ${PROF_COMMAND})`,
        },
      ],
    },
    {
      name: 'one finding per missing attribute, errors before warnings',
      code: seed.replace(',min_mem=512', '').replace(',hca_adapters=none', '').replace(',max_mem=4096', ''),
      errors: [
        { line: 1, column: 1168, endLine: 1, endColumn: 1168, message: /^max_mem / },
        { line: 1, column: 1168, endLine: 1, endColumn: 1168, message: /^min_mem / },
        { line: 1, column: 1168, endLine: 1, endColumn: 1168, severity: 'warning', message: /^hca_adapters / },
      ],
    },
    {
      name: 'on a continued file the position is the end of the last pair, not after the final line end',
      code: docsCopy.replace(',lpar_proc_compat_mode=default', ''),
      errors: [{ line: 22, column: 23, endLine: 22, endColumn: 23, severity: 'warning', message: /^lpar_proc_compat_mode / }],
    },
    {
      name: 'without a name in the record the command keeps placeholders',
      code: seed.replace('name=lpar05,', '').replace('profile_name=lpar05,', ''),
      errors: [
        {
          line: 1,
          column: 1179,
          endLine: 1,
          endColumn: 1179,
          message: /^name /,
          suggestion: 'copied from the output of lssyscfg -r lpar -m <server> --filter lpar_names=<lpar>',
        },
      ],
    },
  ],
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
