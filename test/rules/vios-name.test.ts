import { expect, it } from 'vitest';
import { lintProfile } from '../../src/lint/lint-profile.js';
import rule from '../../rules/vios-name.js';
import { applyEdits } from './apply-edits.js';
import { bareNode, managedSystem, node101, node201, partition, SERVER_01 } from './node-context.js';
import { seedFixture } from './seed-fixture.js';
import { ruleTester } from './tester.js';

/** The vendor's file for lpar101 on physical_server_01 (vio_server1 ID 2, vio_server2 ID 3). */
const SEED = seedFixture('lpar05_on_physical_server_01.cfg');
const VNIC_FOREIGN = '"vnic_adapters=""5:ded:1:0:0:all::all:0:sriov/vio_server3/1/5/0/2.0/50/100.0,sriov/vio_server2/3/5/0/2.0/50/100.0"""';

/** A third server with three VIO servers: no VIO server of it corresponds to one of physical_server_01's. */
const SERVER_03 = managedSystem('physical_server_03', [partition('vio_a', 1), partition('vio_b', 2), partition('vio_c', 3)]);

ruleTester(rule, {
  valid: [
    { name: 'the vendor file on the node it was written for', code: SEED, node: node101() },
    { name: 'no node context: the rule cannot judge names', code: SEED },
    { name: 'a node without inventory entry for its server', code: SEED, node: bareNode({ serverName: 'physical_server_02' }) },
    { name: 'an ID-only adapter (vios-id judges the ID)', code: 'virtual_scsi_adapters=304/client/9//4/1', node: node101() },
    { name: 'a vSCSI adapter served by another partition of the server (IBM i hosting)', code: 'virtual_scsi_adapters=304/client/17/lpar07/4/1', node: node101() },
    { name: 'a serial client connected to another partition of the server', code: 'virtual_serial_adapters=10/client/0/17/lpar07/2/0', node: node101() },
    { name: 'server adapters name their clients, not a VIO server', code: 'virtual_scsi_adapters=20/server/15/lpar99/304/1', node: node101() },
    { name: 'a vNIC backed by a VIO server of the server', code: 'vnic_adapters=5:ded:1:0:0:all::all:0:sriov/vio_server1/2/5/0/2.0', node: node101() },
  ],
  invalid: [
    {
      name: "the vendor file on the other node: every adapter names physical_server_01's VIO servers",
      code: SEED,
      node: node201(),
      errors: [
        {
          line: 1,
          column: 672,
          endLine: 1,
          endColumn: 683,
          attribute: 'virtual_scsi_adapters',
          message:
            'virtual_scsi_adapters item 1 (304/client/2/vio_server1/4/1): remote partition vio_server1 is not a VIO server of physical_server_02, the physical server of node lpar201 (resource lpar05_res); expected one of vio_server3 (ID 1), vio_server4 (ID 2); vio_server1 is a VIO server of physical_server_01 (node lpar101): the file was written for lpar101, not for lpar201',
        },
        { line: 1, column: 701, endLine: 1, endColumn: 712, message: 'remote partition vio_server2 is not a VIO server of physical_server_02' },
        { line: 1, column: 894, endLine: 1, endColumn: 905, attribute: 'virtual_fc_adapters', message: 'virtual_fc_adapters item 1 (' },
        { line: 1, column: 961, endLine: 1, endColumn: 972, message: 'the file was written for lpar101, not for lpar201' },
      ],
    },
    {
      name: 'a typo in a VIO server name',
      code: 'virtual_scsi_adapters=304/client/2/vio_sever1/4/1',
      node: node101(),
      errors: [{ line: 1, column: 36, endLine: 1, endColumn: 46, message: 'remote partition vio_sever1 is not a VIO server of physical_server_01' }],
    },
    {
      name: 'a name no server has: no fix, a suggestion',
      code: 'virtual_scsi_adapters=304/client/2/vios9/4/1',
      node: node101(),
      errors: [
        {
          line: 1,
          column: 36,
          endLine: 1,
          endColumn: 41,
          message: /expected one of vio_server1 \(ID 2\), vio_server2 \(ID 3\)$/,
          suggestion: 'Name one of the VIO servers of physical_server_01 (vio_server1 (ID 2), vio_server2 (ID 3)), or update the inventory if vios9 is new.',
        },
      ],
    },
    {
      name: 'a vFC adapter served by a partition that is no VIO server: a warning, IBM i hosting vFC is not confirmed',
      code: 'virtual_fc_adapters=504/client/15/lpar05/8//1',
      node: node101(),
      errors: [{ line: 1, column: 35, endLine: 1, endColumn: 41, severity: 'warning', message: 'remote partition lpar05 is a partition of physical_server_01, the physical server of node lpar101 (resource lpar05_res), but not a VIO server' }],
    },
    {
      name: "a vNIC backing device on the other server's VIO server",
      code: VNIC_FOREIGN,
      node: node101(),
      errors: [
        {
          line: 1,
          column: 47,
          endLine: 1,
          endColumn: 58,
          attribute: 'vnic_adapters',
          message: 'vnic_adapters item 1 backing device 1 (sriov/vio_server3/1/5/0/2.0/50/100.0): remote partition vio_server3 is not a VIO server of physical_server_01',
        },
      ],
    },
    {
      name: 'a vNIC in the long form',
      code: 'vnic_adapters="slot_num=5:mode=ded:backing_devices=sriov/vio_server4/2/5/0/2.0"',
      node: node101(),
      errors: [{ line: 1, column: 58, endLine: 1, endColumn: 69, message: 'vio_server4 is a VIO server of physical_server_02 (node lpar201)' }],
    },
    {
      name: 'a VIO server of a server that no cluster node runs on',
      code: 'virtual_scsi_adapters=304/client/2/vio_b/4/1',
      node: node101({ otherServers: [{ server: SERVER_03, nodes: [] }] }),
      errors: [{ line: 1, column: 36, endLine: 1, endColumn: 41, message: 'vio_b is a VIO server of physical_server_03 (no cluster node runs there): the file was written for that server, not for lpar101' }],
    },
    {
      name: 'a node without resource: the message names the node only',
      code: 'virtual_scsi_adapters=304/client/2/vios9/4/1',
      node: bareNode({ server: SERVER_01 }),
      errors: [{ line: 1, column: 36, endLine: 1, endColumn: 41, message: 'is not a VIO server of physical_server_01, the physical server of node lpar101; expected' }],
    },
  ],
});

function fixOf(code: string, node: ReturnType<typeof node101>, index = 0) {
  return lintProfile(code, { path: 'test.cfg', rules: [rule], node }).diagnostics[index]?.fix;
}

it('vios-name: the other server\'s VIO servers map by rank of partition ID, with the ID (unsafe)', () => {
  const first = fixOf(SEED, node201(), 0);
  expect(first?.safe).toBe(false);
  expect(first?.description).toBe("replace vio_server1 with vio_server3 and remote partition ID 2 with 1; then check the remote slot, which is the VIO server's own");
  expect(applyEdits(SEED, first?.edits ?? [])).toContain('"virtual_scsi_adapters=304/client/1/vio_server3/4/1,404/client/3/vio_server2/6/1"');
  const second = fixOf(SEED, node201(), 1);
  expect(applyEdits(SEED, second?.edits ?? [])).toContain('"virtual_scsi_adapters=304/client/2/vio_server1/4/1,404/client/2/vio_server4/6/1"');
});

it('vios-name: an adapter without remote ID gets the name only', () => {
  const code = 'virtual_scsi_adapters=304/client//vio_server1/4/1';
  expect(applyEdits(code, fixOf(code, node201())?.edits ?? [])).toBe('virtual_scsi_adapters=304/client//vio_server3/4/1');
});

it('vios-name: a typo is fixed to the one nearest VIO server name', () => {
  const code = 'virtual_scsi_adapters=304/client/2/vio_sever1/4/1';
  const fix = fixOf(code, node101());
  expect(fix?.description).toBe("replace vio_sever1 with vio_server1; then check the remote slot, which is the VIO server's own");
  expect(applyEdits(code, fix?.edits ?? [])).toBe('virtual_scsi_adapters=304/client/2/vio_server1/4/1');
});

it('vios-name: a vNIC backing device gets its name and ID replaced', () => {
  expect(applyEdits(VNIC_FOREIGN, fixOf(VNIC_FOREIGN, node101())?.edits ?? [])).toBe(
    '"vnic_adapters=""5:ded:1:0:0:all::all:0:sriov/vio_server1/2/5/0/2.0/50/100.0,sriov/vio_server2/3/5/0/2.0/50/100.0"""',
  );
});

it('vios-name: no fix when the two servers have different numbers of VIO servers', () => {
  const node = node101({ otherServers: [{ server: SERVER_03, nodes: ['lpar301'] }] });
  const [finding] = lintProfile('virtual_scsi_adapters=304/client/2/vio_b/4/1', { path: 'test.cfg', rules: [rule], node }).diagnostics;
  expect(finding?.fix).toBeUndefined();
  expect(finding?.suggestion).toMatch(/^Name one of the VIO servers of physical_server_01/);
});
