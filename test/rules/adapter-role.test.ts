import { expect, it } from 'vitest';
import { lintProfile } from '../../src/lint/lint-profile.js';
import rule from '../../rules/adapter-role.js';
import { applyEdits } from './apply-edits.js';
import { seedFixture } from './seed-fixture.js';
import { ruleTester } from './tester.js';

const TRUNK_ON_IBM_I = 'lpar_env=os400,"virtual_eth_adapters=2/0/1//0/1,""3/1/1/10,20/1/1"""';

ruleTester(rule, {
  valid: [
    { name: 'the seed example (client adapters only)', code: seedFixture('lpar05_on_physical_server_01.cfg') },
    { name: 'the raw concatenated seed output', code: seedFixture('lssyscfg-raw-concatenated.cfg') },
    {
      name: 'a VIO server with server adapters and a trunk adapter',
      code: 'lpar_env=vioserver,virtual_scsi_adapters=4/server/15/lpar05/304/1,virtual_fc_adapters=8/server/15/lpar05/504//1,virtual_eth_adapters=2/0/1//1/1',
    },
    { name: 'an IBM i partition serving vSCSI', code: 'lpar_env=os400,virtual_scsi_adapters=20/server/any//any/1' },
    { name: 'no lpar_env: the role cannot be judged', code: 'virtual_scsi_adapters=20/server/any//any/1' },
    { name: 'an empty trunk-priority field', code: 'lpar_env=aixlinux,virtual_eth_adapters=6/0/6///1' },
  ],
  invalid: [
    {
      name: 'a vSCSI server adapter on an AIX partition',
      code: 'lpar_env=aixlinux,"virtual_scsi_adapters=304/client/2/vio_server1/4/1,20/server/any//any/1"',
      errors: [
        {
          line: 1,
          column: 74,
          endLine: 1,
          endColumn: 80,
          attribute: 'virtual_scsi_adapters',
          message:
            'virtual_scsi_adapters item 2 (20/server/any//any/1) is a server adapter, but lpar_env is aixlinux; virtual SCSI server adapters belong on partitions with lpar_env vioserver or os400',
          suggestion: 'Make it a client adapter',
        },
      ],
    },
    {
      name: 'a vFC server adapter on an AIX partition',
      code: 'lpar_env=aixlinux,virtual_fc_adapters=30/server/2/aix1/5//1',
      errors: [{ line: 1, column: 42, endLine: 1, endColumn: 48, message: 'virtual Fibre Channel server adapters belong on partitions with lpar_env vioserver' }],
    },
    {
      name: 'a vFC server adapter on IBM i: a warning, IBM i hosting is not confirmed',
      code: 'lpar_env=os400,virtual_fc_adapters=30/server/2/aix1/5//1',
      errors: [{ line: 1, column: 39, endLine: 1, endColumn: 45, severity: 'warning', message: 'but lpar_env is os400' }],
    },
    {
      name: 'a trunk Ethernet adapter outside a VIO server',
      code: TRUNK_ON_IBM_I,
      errors: [
        {
          line: 1,
          column: 63,
          endLine: 1,
          endColumn: 64,
          attribute: 'virtual_eth_adapters',
          message: 'virtual_eth_adapters item 2 (3/1/1/10,20/1/1) has trunk-priority 1, but lpar_env is os400; only a VIO server (vioserver) may have trunk adapters; expected 0',
        },
      ],
    },
  ],
});

it('adapter-role: setting trunk-priority to 0 is an unsafe fix', () => {
  const [finding] = lintProfile(TRUNK_ON_IBM_I, { path: 'test.cfg', rules: [rule] }).diagnostics;
  expect(finding?.fix?.safe).toBe(false);
  expect(applyEdits(TRUNK_ON_IBM_I, finding?.fix?.edits ?? [])).toBe('lpar_env=os400,"virtual_eth_adapters=2/0/1//0/1,""3/1/1/10,20/0/1"""');
});
