import rule from '../../rules/adapter-slot.js';
import { seedFixture } from './seed-fixture.js';
import { ruleTester } from './tester.js';

ruleTester(rule, {
  valid: [
    { name: 'the seed example', code: seedFixture('lpar05_on_physical_server_01.cfg') },
    { name: 'the raw concatenated seed output', code: seedFixture('lssyscfg-raw-concatenated.cfg') },
    {
      name: 'serial servers in 0 and 1, other adapters from 2 to max_virtual_slots - 1',
      code: 'max_virtual_slots=10,"virtual_serial_adapters=0/server/1/any//any/1,1/server/1/any//any/1",virtual_eth_adapters=2/0/1//0/0,vtpm_adapters=9',
    },
    { name: 'no max_virtual_slots: only uniqueness and the reserved slots apply', code: 'virtual_eth_adapters=5000/0/1//0/0' },
    { name: 'a slot that is not a number (adapter-format reports it)', code: '"virtual_eth_adapters=x/0/1//0/0,x/0/2//0/0"' },
  ],
  invalid: [
    {
      name: 'a slot used by two adapter types',
      code: 'max_virtual_slots=20,virtual_eth_adapters=10/0/1//0/0,"virtual_scsi_adapters=3/client/2/vios1/4/1,10/client/2/vios1/5/1"',
      errors: [
        {
          line: 1,
          column: 99,
          endLine: 1,
          endColumn: 101,
          attribute: 'virtual_scsi_adapters',
          message:
            'virtual slot 10 of virtual_scsi_adapters item 2 (10/client/2/vios1/5/1) is already used by virtual_eth_adapters item 1 (10/0/1//0/0); every virtual adapter needs its own slot',
          suggestion: 'Use a free slot number such as 2; for a client adapter, also change the remote-slot',
        },
      ],
    },
    {
      name: 'reserved slots 0 and 1 used by a vSCSI adapter and a serial client',
      code: 'virtual_scsi_adapters=0/client/2/vios1/4/1,virtual_serial_adapters=1/client//2/vios1/5/0',
      errors: [
        { line: 1, column: 23, endLine: 1, endColumn: 24, message: 'virtual slot 0 of virtual_scsi_adapters item 1 (0/client/2/vios1/4/1) is reserved for the virtual serial server adapters; usable slots start at 2' },
        { line: 1, column: 68, endLine: 1, endColumn: 69, attribute: 'virtual_serial_adapters', message: 'virtual slot 1 of virtual_serial_adapters item 1' },
      ],
    },
    {
      name: 'a slot equal to max_virtual_slots',
      code: 'max_virtual_slots=10,vtpm_adapters=10',
      errors: [
        {
          line: 1,
          column: 36,
          endLine: 1,
          endColumn: 38,
          message: 'virtual slot 10 of vtpm_adapters item 1 (10) is not below max_virtual_slots (10); usable slots are 2..9',
          suggestion: 'Raise max_virtual_slots to at least 11, or use a free slot number below it such as 2.',
        },
      ],
    },
    {
      name: 'a repeated slot above the limit gives both findings',
      code: 'max_virtual_slots=12,virtual_eth_adapters=12/0/1//0/0,vtpm_adapters=12',
      errors: [
        { line: 1, column: 43, endLine: 1, endColumn: 45, message: 'is not below max_virtual_slots (12)' },
        { line: 1, column: 69, endLine: 1, endColumn: 71, message: 'is already used by virtual_eth_adapters item 1' },
        { line: 1, column: 69, endLine: 1, endColumn: 71, message: 'is not below max_virtual_slots (12)' },
      ],
    },
    {
      name: 'a vNIC in the long form reuses a slot: the slot_num field is marked',
      code: 'virtual_eth_adapters=5/0/1//0/0,vnic_adapters="mode=ded:slot_num=5:port_vlan_id=0:backing_devices=sriov/vios1/1/1/0/2.0"',
      errors: [{ line: 1, column: 57, endLine: 1, endColumn: 67, attribute: 'vnic_adapters', message: 'virtual slot 5 of vnic_adapters item 1' }],
    },
    {
      name: 'the two serial server adapters in the same slot',
      code: '"virtual_serial_adapters=0/server/1/any//any/1,0/server/1/any//any/1"',
      errors: [{ line: 1, column: 48, endLine: 1, endColumn: 49, message: 'virtual slot 0 of virtual_serial_adapters item 2 (0/server/1/any//any/1) is already used by virtual_serial_adapters item 1' }],
    },
  ],
});
