import rule from '../../rules/vios-redundancy.js';
import { bareNode, managedSystem, node101, partition } from './node-context.js';
import { seedFixture } from './seed-fixture.js';
import { ruleTester } from './tester.js';

const SEED = seedFixture('lpar05_on_physical_server_01.cfg');
const TWO_SCSI_ONE_VIOS = '"virtual_scsi_adapters=304/client/2/vio_server1/4/1,404/client/2/vio_server1/6/1"';
const ONE_VIOS = managedSystem('physical_server_09', [partition('vio_server1', 2)]);

ruleTester(rule, {
  valid: [
    { name: 'the vendor file: vSCSI and vFC each through two VIO servers', code: SEED, node: node101() },
    { name: 'no node context', code: TWO_SCSI_ONE_VIOS },
    { name: 'a server with one VIO server: no second path to have', code: TWO_SCSI_ONE_VIOS, node: node101({ server: ONE_VIOS }) },
    {
      name: 'without inventory, one adapter of a kind may be a deliberate single path',
      code: 'virtual_scsi_adapters=304/client/2/vio_server1/4/1,virtual_fc_adapters=504/client/3/vio_server2/8//1',
      node: bareNode(),
    },
    {
      name: 'an ID-only adapter is told apart by the ID its VIO server has',
      code: '"virtual_scsi_adapters=304/client/2//4/1,404/client//vio_server2/6/1"',
      node: node101(),
    },
    { name: 'no client adapters', code: 'virtual_scsi_adapters=none,virtual_serial_adapters=0/server/1/any//any/1', node: node101() },
  ],
  invalid: [
    {
      name: 'two vSCSI adapters through one of two VIO servers',
      code: TWO_SCSI_ONE_VIOS,
      node: node101(),
      errors: [
        {
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 82,
          severity: 'warning',
          attribute: 'virtual_scsi_adapters',
          message:
            'virtual_scsi_adapters: all 2 client virtual SCSI adapters go through VIO server vio_server1, although physical_server_01 has 2 VIO servers (vio_server1 (ID 2), vio_server2 (ID 3)); the LPAR loses all its virtual SCSI paths when VIO server vio_server1 is down (resource lpar05_res on node lpar101); expected client adapters through two VIO servers',
          suggestion:
            'Add a client adapter through a second VIO server of physical_server_01, with its server adapter and mapping on that VIO server, so that the disks keep a path while VIO server vio_server1 is down.',
        },
      ],
    },
    {
      name: 'with the inventory, a single vFC adapter on a dual-VIO-server node',
      code: 'virtual_fc_adapters=504/client/2/vio_server1/8//1',
      node: node101(),
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 50, attribute: 'virtual_fc_adapters', message: 'virtual_fc_adapters: the only client virtual Fibre Channel adapter goes through VIO server vio_server1, although' }],
    },
    {
      name: 'without inventory, two adapters through one VIO server',
      code: TWO_SCSI_ONE_VIOS,
      node: bareNode(),
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 82, message: 'all 2 client virtual SCSI adapters go through VIO server vio_server1; the LPAR loses' }],
    },
    {
      name: 'without inventory, two ID-only adapters with one ID',
      code: '"virtual_scsi_adapters=304/client/2//4/1,404/client/2//6/1"',
      node: bareNode(),
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 60, message: 'go through the partition with ID 2;' }],
    },
    {
      name: 'a name and an ID of the same VIO server',
      code: '"virtual_scsi_adapters=304/client/2//4/1,404/client//vio_server1/6/1"',
      node: node101(),
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 70, message: 'all 2 client virtual SCSI adapters go through VIO server vio_server1' }],
    },
  ],
});
