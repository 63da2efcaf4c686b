import rule from '../../rules/lpar-id-conflict.js';
import { bareNode, managedSystem, node101, partition } from './node-context.js';
import { seedFixture } from './seed-fixture.js';
import { ruleTester } from './tester.js';

const SEED = seedFixture('lpar05_on_physical_server_01.cfg');
/** IDs 1 to 3 taken: the lowest free one is 4. */
const CROWDED = managedSystem('physical_server_07', [partition('vios1', 1), partition('vios2', 2)], [partition('db01', 3)]);

ruleTester(rule, {
  valid: [
    { name: 'the ID is the partition\'s own on the server (lpar05 has ID 15)', code: SEED, node: node101() },
    { name: 'an ID no partition of the server has', code: 'name=lpar06,lpar_id=16', node: node101() },
    { name: 'no lpar_id: the HMC picks a free one', code: 'name=lpar06', node: node101() },
    { name: 'no node context', code: 'name=lpar06,lpar_id=17' },
    { name: 'no inventory entry for the server', code: 'name=lpar06,lpar_id=17', node: bareNode() },
    { name: 'an ID that is not a number is attribute-value\'s finding', code: 'name=lpar06,lpar_id=x17', node: node101() },
    { name: 'without name, LPARName says which partition the file is', code: 'lpar_id=15', node: node101() },
  ],
  invalid: [
    {
      name: "another partition's ID, with the file's partition already on the server",
      code: 'name=lpar05,lpar_id=17',
      node: node101(),
      errors: [
        {
          line: 1,
          column: 21,
          endLine: 1,
          endColumn: 23,
          attribute: 'lpar_id',
          message:
            'lpar_id 17 belongs to partition lpar07 on physical_server_01, the physical server of node lpar101 (resource lpar05_res); expected an ID that no other partition of physical_server_01 uses',
          suggestion: 'lpar05 has ID 15 on physical_server_01: use lpar_id=15, or leave lpar_id out: the HMC then picks the next free ID.',
        },
      ],
    },
    {
      name: "a VIO server's ID, for a partition new to the server",
      code: 'name=lpar06,lpar_id=2',
      node: node101({ server: CROWDED }),
      errors: [
        {
          line: 1,
          column: 21,
          endLine: 1,
          endColumn: 22,
          message: 'lpar_id 2 belongs to VIO server vios2 on physical_server_07',
          suggestion: 'Use an ID that is free on physical_server_07, such as 4 (the lowest the inventory shows free), or leave lpar_id out: the HMC then picks the next free ID.',
        },
      ],
    },
    {
      name: 'without name, an ID held by another partition than LPARName',
      code: 'lpar_id=17',
      node: node101(),
      errors: [{ line: 1, column: 9, endLine: 1, endColumn: 11, message: 'lpar_id 17 belongs to partition lpar07' }],
    },
  ],
});
