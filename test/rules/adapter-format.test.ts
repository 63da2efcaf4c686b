import rule from '../../rules/adapter-format.js';
import { seedFixture } from './seed-fixture.js';
import { ruleTester } from './tester.js';

ruleTester(rule, {
  valid: [
    { name: 'the seed example', code: seedFixture('lpar05_on_physical_server_01.cfg') },
    { name: 'the raw concatenated seed output', code: seedFixture('lssyscfg-raw-concatenated.cfg') },
    { name: 'Ethernet items of 6, 7 and 10 fields', code: '"virtual_eth_adapters=6/0/6//0/1,7/0/7//0/1/ETHERNET0,8/0/8//0/0/ETHERNET0//all/none"' },
    { name: 'an I/O slot without pool', code: 'io_slots=21010020//0' },
    { name: 'a vNIC in the short form', code: 'vnic_adapters=5:ded:1:0:0:all:::0:sriov/vios1/1/1/0/2.0/50/100.0' },
    {
      name: 'a vNIC in the long form, optional keys left out',
      code: 'vnic_adapters="slot_num=5:mode=ded:auto_priority_failover=1:port_vlan_id=0:pvid_priority=0:allowed_vlan_ids=all:is_required=0:backing_devices=sriov/vios1/1/1/0/2.0"',
    },
    { name: 'empty lists', code: 'virtual_scsi_adapters=none,vtpm_adapters=none' },
  ],
  invalid: [
    {
      name: 'an Ethernet item with 8 fields',
      code: 'virtual_eth_adapters=10/0/1//0/0/ETHERNET0/x',
      errors: [
        {
          line: 1,
          column: 22,
          endLine: 1,
          endColumn: 45,
          attribute: 'virtual_eth_adapters',
          message:
            'virtual_eth_adapters item 1 (10/0/1//0/0/ETHERNET0/x) has 8 "/"-separated fields; expected 6, 7 or 10 fields: slot/is-IEEE/port-vlan-ID/',
          suggestion: 'so that the item has 6, 7 or 10 fields',
        },
      ],
    },
    {
      name: 'the second vSCSI item lacks is-required',
      code: '"virtual_scsi_adapters=304/client/2/vio_server1/4/1,404/client/3/vio_server2/6"',
      errors: [{ line: 1, column: 53, endLine: 1, endColumn: 79, message: 'virtual_scsi_adapters item 2 (404/client/3/vio_server2/6) has 5 "/"-separated fields; expected 6 fields' }],
    },
    {
      name: 'a vFC item without its mandatory remote slot, positioned with its "" wrapping',
      code: '"virtual_fc_adapters=""504/client/2/vio_server1/c050760431670010,c050760431670011/1"""',
      errors: [{ line: 1, column: 22, endLine: 1, endColumn: 86, message: 'has 6 "/"-separated fields; expected 7 fields' }],
    },
    {
      name: 'a field value the schema rejects: the role',
      code: 'virtual_scsi_adapters=304/clint/2/vio_server1/4/1',
      errors: [{ line: 1, column: 27, endLine: 1, endColumn: 32, attribute: 'virtual_scsi_adapters', message: '"clint" is not valid; expected one of: client, server' }],
    },
    {
      name: 'a field value the schema rejects: a single WWPN',
      code: 'virtual_fc_adapters=504/client/2/vio_server1/8/c050760431670010/1',
      errors: [{ line: 1, column: 48, endLine: 1, endColumn: 64, message: 'expected two WWPNs of 16 hex digits separated by a comma' }],
    },
    {
      name: 'a miscounted item and a bad field in the next item: both reported, each once',
      code: '"virtual_fc_adapters=504/client/2/vio_server1/c050760431670010/1,604/clint/3/vio_server2/5//1"',
      errors: [
        { line: 1, column: 22, endLine: 1, endColumn: 65, message: 'virtual_fc_adapters item 1 (504/client/2/vio_server1/c050760431670010/1) has 6 "/"-separated fields' },
        { line: 1, column: 70, endLine: 1, endColumn: 75, message: '"clint" is not valid' },
      ],
    },
    {
      name: 'an I/O slot item with 2 fields',
      code: 'io_slots=21010020/0',
      errors: [{ line: 1, column: 10, endLine: 1, endColumn: 20, attribute: 'io_slots', message: 'drc-index/[slot-io-pool-id]/is-required' }],
    },
  ],
});
