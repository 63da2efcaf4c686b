import { expect, it } from 'vitest';
import { lintProfile } from '../../src/lint/lint-profile.js';
import rule from '../../rules/vios-id.js';
import { applyEdits } from './apply-edits.js';
import { bareNode, managedSystem, node101, partition } from './node-context.js';
import { seedFixture } from './seed-fixture.js';
import { ruleTester } from './tester.js';

const SEED = seedFixture('lpar05_on_physical_server_01.cfg');
const SWAPPED_ID = '"virtual_scsi_adapters=304/client/3/vio_server1/4/1,404/client/3/vio_server2/6/1"';
/** A server with a single VIO server: an ID-only adapter can mean only that one. */
const ONE_VIOS = managedSystem('physical_server_09', [partition('vios9', 1)]);

ruleTester(rule, {
  valid: [
    { name: 'the vendor file on its node', code: SEED, node: node101() },
    { name: 'no node context', code: SWAPPED_ID },
    { name: 'no inventory entry for the server', code: SWAPPED_ID, node: bareNode() },
    { name: 'a name without ID: the HMC goes by the name', code: 'virtual_scsi_adapters=304/client//vio_server1/4/1', node: node101() },
    { name: 'an ID-only adapter with the ID of a VIO server', code: 'virtual_fc_adapters=504/client/3//5//1', node: node101() },
    { name: "a name that is not this server's VIO server is vios-name's finding", code: 'virtual_scsi_adapters=304/client/1/vio_server3/4/1', node: node101() },
    { name: 'an ID-only vSCSI adapter served by another partition (IBM i hosting)', code: 'virtual_scsi_adapters=304/client/17//4/1', node: node101() },
    { name: 'an ID that is not a number is adapter-format\'s finding', code: 'virtual_scsi_adapters=304/client/x/vio_server1/4/1', node: node101() },
  ],
  invalid: [
    {
      name: "a name with another VIO server's ID",
      code: SWAPPED_ID,
      node: node101(),
      errors: [
        {
          line: 1,
          column: 35,
          endLine: 1,
          endColumn: 36,
          attribute: 'virtual_scsi_adapters',
          message:
            'virtual_scsi_adapters item 1 (304/client/3/vio_server1/4/1): remote partition ID 3 (vio_server2) is not the ID of vio_server1, which is 2 on physical_server_01, the physical server of node lpar101 (resource lpar05_res); expected 2',
        },
      ],
    },
    {
      name: 'an ID that no partition of the server has',
      code: 'virtual_scsi_adapters=304/client/9/vio_server1/4/1',
      node: node101(),
      errors: [{ line: 1, column: 34, endLine: 1, endColumn: 35, message: 'remote partition ID 9 is not the ID of vio_server1, which is 2' }],
    },
    {
      name: 'an ID-only adapter whose ID is no VIO server of the server',
      code: 'virtual_scsi_adapters=304/client/9//4/1',
      node: node101(),
      errors: [
        {
          line: 1,
          column: 34,
          endLine: 1,
          endColumn: 35,
          message: 'remote partition ID 9 is not the ID of a VIO server of physical_server_01, the physical server of node lpar101 (resource lpar05_res); expected the ID of one of vio_server1 (ID 2), vio_server2 (ID 3)',
          suggestion: 'Give the ID of the VIO server this adapter\'s server adapter is on (vio_server1 (ID 2), vio_server2 (ID 3)), or also its name in the remote-lpar-name field.',
        },
      ],
    },
    {
      name: 'an ID-only vFC adapter served by a partition that is no VIO server: a warning',
      code: 'virtual_fc_adapters=504/client/15//5//1',
      node: node101(),
      errors: [{ line: 1, column: 32, endLine: 1, endColumn: 34, severity: 'warning', message: 'remote partition ID 15 (lpar05) is not the ID of a VIO server' }],
    },
    {
      name: 'a vNIC backing device with the wrong ID',
      code: 'vnic_adapters=5:ded:1:0:0:all::all:0:sriov/vio_server2/2/5/0/2.0',
      node: node101(),
      errors: [{ line: 1, column: 56, endLine: 1, endColumn: 57, attribute: 'vnic_adapters', message: 'remote partition ID 2 (vio_server1) is not the ID of vio_server2, which is 3' }],
    },
  ],
});

function firstFix(code: string, node: ReturnType<typeof node101>) {
  return lintProfile(code, { path: 'test.cfg', rules: [rule], node }).diagnostics[0]?.fix;
}

it('vios-id: the ID follows the name (unsafe fix)', () => {
  const fix = firstFix(SWAPPED_ID, node101());
  expect(fix?.safe).toBe(false);
  expect(fix?.description).toBe('set the remote partition ID to 2, the ID of vio_server1');
  expect(applyEdits(SWAPPED_ID, fix?.edits ?? [])).toBe('"virtual_scsi_adapters=304/client/2/vio_server1/4/1,404/client/3/vio_server2/6/1"');
});

it('vios-id: an ID-only adapter on a server with one VIO server gets its ID', () => {
  const code = 'virtual_scsi_adapters=304/client/9//4/1';
  const fix = firstFix(code, node101({ server: ONE_VIOS, serverName: ONE_VIOS.name }));
  expect(fix?.description).toBe('set the remote partition ID to 1, the ID of vios9, the only VIO server of physical_server_09');
  expect(applyEdits(code, fix?.edits ?? [])).toBe('virtual_scsi_adapters=304/client/1//4/1');
});

it('vios-id: an ID-only adapter on a server with two VIO servers gets no fix', () => {
  expect(firstFix('virtual_scsi_adapters=304/client/9//4/1', node101())).toBeUndefined();
});
