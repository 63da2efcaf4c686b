import rule from '../../rules/vios-list.js';
import { bareNode, node101 } from './node-context.js';
import { seedFixture } from './seed-fixture.js';
import { ruleTester } from './tester.js';

/** Uses vio_server1 (vSCSI and vFC item 1) and vio_server2 (vSCSI and vFC item 2). */
const SEED = seedFixture('lpar05_on_physical_server_01.cfg');
const FIXED_LINE = 'In main.cf, resource lpar05_res: VIOSName@lpar101 = { vio_server1, vio_server2 }';

ruleTester(rule, {
  valid: [
    { name: 'VIOSName lists exactly the VIO servers the file uses', code: SEED, node: node101() },
    { name: 'the order of VIOSName does not matter', code: SEED, node: node101({ viosNames: ['vio_server2', 'vio_server1'] }) },
    { name: 'no node context', code: SEED },
    { name: 'no VIOSName for the node: nothing to compare', code: SEED, node: node101({ viosNames: undefined }) },
    { name: 'without inventory, the names of the adapters count', code: SEED, node: bareNode({ viosNames: ['vio_server1', 'vio_server2'] }) },
    {
      name: 'a serial client connected to another partition is not a VIO server use',
      code: 'virtual_scsi_adapters=304/client/2/vio_server1/4/1,virtual_serial_adapters=10/client/0/17/lpar07/2/0',
      node: node101({ viosNames: ['vio_server1'] }),
    },
    {
      name: 'an adapter naming an unknown partition: no "unused" finding until vios-name is satisfied',
      code: 'virtual_scsi_adapters=304/client/2/vios9/4/1',
      node: node101({ viosNames: ['vio_server1'] }),
    },
    {
      name: 'without inventory an ID-only adapter cannot be told: no "unused" finding',
      code: '"virtual_scsi_adapters=304/client/2/vio_server1/4/1,404/client/3//6/1"',
      node: bareNode({ viosNames: ['vio_server1', 'vio_server2'] }),
    },
  ],
  invalid: [
    {
      name: 'a VIO server the adapters use is missing from VIOSName',
      code: SEED,
      node: node101({ viosNames: ['vio_server1'] }),
      errors: [
        {
          line: 1,
          column: 701,
          endLine: 1,
          endColumn: 712,
          severity: 'warning',
          attribute: 'virtual_scsi_adapters',
          message:
            'virtual_scsi_adapters item 2 (404/client/3/vio_server2/6/1) and 1 more adapter use VIO server vio_server2, which VIOSName of resource lpar05_res on node lpar101 does not list (it lists vio_server1); expected VIOSName to list every VIO server that serves the LPAR',
          suggestion: FIXED_LINE,
        },
      ],
    },
    {
      name: 'VIOSName lists a VIO server the file never uses',
      code: SEED,
      node: node101({ viosNames: ['vio_server1', 'vio_server2', 'vio_server5'] }),
      errors: [
        {
          line: 1,
          column: 637,
          endLine: 1,
          endColumn: 658,
          attribute: 'virtual_scsi_adapters',
          message:
            'VIOSName of resource lpar05_res on node lpar101 lists vio_server5, which no adapter of this file uses; expected only the VIO servers that serve the LPAR (vio_server1, vio_server2): while a listed VIO server runs, VCS does not fail the LPAR over',
          suggestion: FIXED_LINE,
        },
      ],
    },
    {
      name: 'an ID-only adapter is mapped to its VIO server by the inventory',
      code: 'virtual_fc_adapters=504/client/3//5//1',
      node: node101({ viosNames: ['vio_server1'] }),
      errors: [
        { line: 1, column: 1, endLine: 1, endColumn: 20, message: 'lists vio_server1, which no adapter of this file uses', suggestion: /VIOSName@lpar101 = \{ vio_server2 \}$/ },
        { line: 1, column: 32, endLine: 1, endColumn: 33, message: 'virtual_fc_adapters item 1 (504/client/3//5//1) uses VIO server vio_server2' },
      ],
    },
    {
      name: 'without inventory or resource, the names of the adapters and a plain main.cf line',
      code: SEED,
      node: bareNode({ viosNames: ['vio_server1'] }),
      errors: [{ line: 1, column: 701, endLine: 1, endColumn: 712, message: 'which VIOSName of node lpar101 does not list', suggestion: 'In main.cf: VIOSName@lpar101 = { vio_server1, vio_server2 }' }],
    },
    {
      name: 'a name main.cf must quote',
      code: 'virtual_scsi_adapters=304/client/2/vios.a/4/1',
      node: bareNode({ viosNames: [] }),
      errors: [{ line: 1, column: 36, endLine: 1, endColumn: 42, message: 'does not list (it lists none)', suggestion: 'In main.cf: VIOSName@lpar101 = { "vios.a" }' }],
    },
    {
      name: 'a file without VIO server adapters: the finding goes on the first pair',
      code: 'name=lpar05,lpar_id=15',
      node: node101({ viosNames: ['vio_server1'] }),
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 5, attribute: 'name', message: 'that serve the LPAR (none)', suggestion: /VIOSName@lpar101 = \{ \}$/ }],
    },
  ],
});
