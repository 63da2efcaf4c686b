import rule from '../../rules/attribute-value.js';
import { seedFixture } from './seed-fixture.js';
import { ruleTester } from './tester.js';

ruleTester(rule, {
  valid: [
    { name: 'the seed example', code: seedFixture('lpar05_on_physical_server_01.cfg') },
    { name: 'the raw outputs: read-only and null values are other rules’', code: seedFixture('lssyscfg-raw-concatenated.cfg') },
    { name: 'list items are the adapter rules’', code: 'name=lp1,"virtual_scsi_adapters=x/client/2/vios1/4/1,404/client/3/vios2/6/1"' },
    { name: 'a later duplicate is not validated (duplicate-attribute reports it)', code: 'name=lp1,boot_mode=norm,boot_mode=normal' },
  ],
  invalid: [
    {
      name: 'an unknown keyword, at the value',
      code: 'name=lp1,boot_mode=normal',
      errors: [
        {
          line: 1,
          column: 20,
          endLine: 1,
          endColumn: 26,
          attribute: 'boot_mode',
          message: 'boot_mode is "normal"; expected one of: norm, dd, ds, of, sms',
        },
      ],
    },
    {
      name: 'out of range and not a number, in file order',
      code: 'lpar_avail_priority=300,\\\nmin_mem=2G',
      errors: [
        { line: 1, column: 21, endLine: 1, endColumn: 24, message: 'lpar_avail_priority is "300"; expected an integer from 0 to 255' },
        { line: 2, column: 9, endLine: 2, endColumn: 11, message: 'min_mem is "2G"; expected an integer number of MB' },
      ],
    },
  ],
});
