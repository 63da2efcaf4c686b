import rule from '../../rules/memory-region.js';
import { bareNode, managedSystem, node101, partition, SERVER_01 } from './node-context.js';
import { seedFixture } from './seed-fixture.js';
import { ruleTester } from './tester.js';

const SEED = seedFixture('lpar05_on_physical_server_01.cfg');
const NO_REGION_SIZE = managedSystem('physical_server_01', SERVER_01.vioServers, SERVER_01.partitions);
const REGION_1024 = managedSystem('physical server 05', [partition('vios1', 1)], [], 1024);

ruleTester(rule, {
  valid: [
    { name: 'the vendor file on a 256 MB region server (512, 2048, 4096)', code: SEED, node: node101() },
    { name: 'region size unknown', code: 'min_mem=500', node: node101({ server: NO_REGION_SIZE }) },
    { name: 'no inventory entry for the server', code: 'min_mem=500', node: bareNode() },
    { name: 'no node context', code: 'min_mem=500' },
    { name: 'a value that is not a number is attribute-value\'s finding', code: 'min_mem=5OO', node: node101() },
  ],
  invalid: [
    {
      name: 'min_mem and max_mem off the 256 MB grid',
      code: 'min_mem=500,desired_mem=2048,max_mem=4000',
      node: node101(),
      errors: [
        {
          line: 1,
          column: 9,
          endLine: 1,
          endColumn: 12,
          attribute: 'min_mem',
          message:
            'min_mem is 500 MB, not a multiple of the memory region size for the managed system: 256 MB on physical_server_01, the physical server of node lpar101 (resource lpar05_res); expected a multiple of 256 such as 256 or 512',
          suggestion:
            "Set min_mem to 256 or 512. The region size is what lshwres -r mem -m physical_server_01 --level sys -F mem_region_size prints; it is set per managed system and may differ on the other node's server.",
        },
        { line: 1, column: 38, endLine: 1, endColumn: 42, attribute: 'max_mem', message: 'expected a multiple of 256 such as 3840 or 4096' },
      ],
    },
    {
      name: 'below one region: only rounding up is valid; a name with a blank is quoted in the command',
      code: 'desired_mem=512',
      node: node101({ server: REGION_1024 }),
      errors: [
        {
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 16,
          attribute: 'desired_mem',
          message: 'expected a multiple of 1024 such as 1024',
          suggestion: "Set desired_mem to 1024. The region size is what lshwres -r mem -m 'physical server 05' --level sys",
        },
      ],
    },
  ],
});
