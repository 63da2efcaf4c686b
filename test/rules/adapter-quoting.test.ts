import { expect, it } from 'vitest';
import { lintProfile } from '../../src/lint/lint-profile.js';
import rule from '../../rules/adapter-quoting.js';
import { applyEdits } from './apply-edits.js';
import { seedFixture } from './seed-fixture.js';
import { ruleTester } from './tester.js';

const SCSI = '304/client/2/vio_server1/4/1,404/client/3/vio_server2/6/1';
const FC_ITEM = '504/client/2/vio_server1/8/c050760431670010,c050760431670011/1';
const ETH = '10/0/1//0/0/ETHERNET0//all/none,11/0/97//0/0/ETHERNET0//all/none';

ruleTester(rule, {
  valid: [
    { name: 'the seed example', code: seedFixture('lpar05_on_physical_server_01.cfg') },
    { name: 'the raw concatenated seed output', code: seedFixture('lssyscfg-raw-concatenated.cfg') },
    { name: 'a single item unquoted, as lssyscfg prints it', code: 'virtual_scsi_adapters=3/client/100/ltcden7-vios1/2/0' },
    { name: 'a single item quoted anyway', code: '"virtual_scsi_adapters=3/client/100/ltcden7-vios1/2/0"' },
    { name: 'a single item with only its value quoted', code: 'virtual_scsi_adapters="3/client/100/ltcden7-vios1/2/0"' },
    { name: 'empty lists', code: 'io_slots=none,virtual_fc_adapters=none' },
    { name: 'a vFC item in doubled quotes (op-test PR #745)', code: '"virtual_fc_adapters=""302/client/100/ltcden7-vios1/302/c050760ba3370002,c050760ba3370003/0"""' },
    { name: 'a vEth item with additional VLANs in doubled quotes', code: '"virtual_eth_adapters=3/1/1/10/0/1,""2/1/1/3,4,5/0/1"",3/1/1/10/0/1"' },
    { name: 'a scalar attribute is not a list', code: 'os_version="AIX 7.1, TL0"' },
    { name: 'an opening quote that never closes belongs to the syntax rule', code: `"virtual_scsi_adapters=${SCSI}` },
  ],
  invalid: [
    {
      name: 'an unquoted list of two items',
      code: `virtual_scsi_adapters=${SCSI}`,
      errors: [
        {
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 80,
          attribute: 'virtual_scsi_adapters',
          message: 'virtual_scsi_adapters has 2 items but is not quoted, so the HMC splits its value at the comma; expected the whole pair in double quotes, "virtual_scsi_adapters=…"',
        },
      ],
    },
    {
      name: 'an unquoted vFC item holding its WWPN pair',
      code: `virtual_fc_adapters=${FC_ITEM}`,
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 83, message: 'virtual_fc_adapters has an item holding a comma but is not quoted, so the HMC splits its value at the comma; expected the whole pair in double quotes, "virtual_fc_adapters=…", and each item holding a comma wrapped in doubled quotes ""…""' }],
    },
    {
      name: 'an unquoted list of partition ids',
      code: 'power_ctrl_lpar_ids=1,2',
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 24, message: 'power_ctrl_lpar_ids has 2 items' }],
    },
    {
      name: 'a vFC item without its doubled quotes inside a quoted pair',
      code: `"virtual_fc_adapters=${FC_ITEM}"`,
      errors: [
        {
          line: 1,
          column: 22,
          endLine: 1,
          endColumn: 84,
          attribute: 'virtual_fc_adapters',
          message: `item 1 of virtual_fc_adapters (${FC_ITEM}) holds a comma but is not wrapped in doubled quotes, so the HMC splits it at the comma; expected ""${FC_ITEM}""`,
        },
      ],
    },
    {
      name: 'a vEth item whose additional VLANs are not in doubled quotes',
      code: '"virtual_eth_adapters=3/1/1/10/0/1,2/1/1/3,4,5/0/1,3/1/1/10/0/1"',
      errors: [{ line: 1, column: 36, endLine: 1, endColumn: 51, message: 'item 2 of virtual_eth_adapters (2/1/1/3,4,5/0/1) holds a comma' }],
    },
    {
      name: 'only the value quoted: a warning',
      code: `virtual_eth_adapters="${ETH}"`,
      errors: [
        {
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 88,
          severity: 'warning',
          attribute: 'virtual_eth_adapters',
          message: 'virtual_eth_adapters has only its value quoted (virtual_eth_adapters="…"); the HMC is not known to accept that, expected the whole pair quoted',
        },
      ],
    },
    {
      name: 'only the value quoted, and an item without its doubled quotes',
      code: `virtual_fc_adapters="${FC_ITEM}"`,
      errors: [
        { line: 1, column: 1, endLine: 1, endColumn: 85, severity: 'warning', message: 'has only its value quoted' },
        { line: 1, column: 22, endLine: 1, endColumn: 84, severity: 'error', message: 'item 1 of virtual_fc_adapters' },
      ],
    },
  ],
});

function fixedOne(code: string): string {
  const findings = lintProfile(code, { path: 'test.cfg', rules: [rule] }).diagnostics;
  expect(findings.every((d) => d.fix?.safe === true)).toBe(true);
  return applyEdits(code, findings.flatMap((d) => d.fix?.edits ?? []));
}

it('adapter-quoting: the fixes give the quoting lssyscfg prints', () => {
  expect(fixedOne(`virtual_scsi_adapters=${SCSI},name=a`)).toBe(`"virtual_scsi_adapters=${SCSI}",name=a`);
  expect(fixedOne(`virtual_fc_adapters=${FC_ITEM}`)).toBe(`"virtual_fc_adapters=""${FC_ITEM}"""`);
  expect(fixedOne(`"virtual_fc_adapters=${FC_ITEM},${FC_ITEM.replace('504', '604')}"`)).toBe(
    `"virtual_fc_adapters=""${FC_ITEM}"",""${FC_ITEM.replace('504', '604')}"""`,
  );
  expect(fixedOne(`virtual_eth_adapters="${ETH}"`)).toBe(`"virtual_eth_adapters=${ETH}"`);
  expect(fixedOne(`virtual_fc_adapters="${FC_ITEM}"`)).toBe(`"virtual_fc_adapters=""${FC_ITEM}"""`);
});

it('adapter-quoting: the quoted form of the seed adapters is what the fixes give', () => {
  const seed = seedFixture('lpar05_on_physical_server_01.cfg');
  const unquoted = seed.replace(/"virtual_(serial|scsi|eth)_adapters=([^"]*)"/g, 'virtual_$1_adapters=$2');
  expect(unquoted).not.toBe(seed);
  expect(fixedOne(unquoted)).toBe(seed);
});
