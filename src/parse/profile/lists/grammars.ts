/**
 * Item layouts of the list-valued profile attributes. Layouts come from the HMC man pages as quoted
 * in `hmc-attributes.md` §2.4–2.5 (virtual adapters: chsyscfg/mksyscfg man page text reproduced in
 * ziutus/hmc_vios_aix `lib/HMC/Virtual*Adapter.rb`; io_slots: IBM/ansible-power-hmc issue #23;
 * lhea and hca: xCAT `perl-xCAT/xCAT/PPCvm.pm`; vnic: op-test).
 *
 * A grammar only names the fields; what values they may take lives in `schemas/profile.schema.json`
 * under `$defs`, so that ajv checks them and the schema stays the single place for allowed values.
 */
export interface ListGrammar {
  readonly attribute: string;
  /** The man-page layout, shown in messages. */
  readonly layout: string;
  /** Field separator inside one item. */
  readonly separator: '/' | ':';
  /** Field names by position. Empty for lists of plain values (partition ids, pool ids). */
  readonly fields: readonly string[];
  /** The field counts the HMC accepts. */
  readonly fieldCounts: readonly number[];
  /** Fields that hold a comma-separated list (WWPN pair, VLAN ids): the item needs `""` quotes then. */
  readonly commaFields?: readonly number[];
  /** Long `key=value` item form (vNIC): maps the HMC keys to field names. */
  readonly keyedFields?: Readonly<Record<string, string>>;
  /** True when the items are not validated field by field (layout not documented). */
  readonly opaque?: boolean;
}

const VNIC_FIELDS = [
  'slot',
  'mode',
  'autoPriorityFailover',
  'portVlanId',
  'pvidPriority',
  'allowedVlanIds',
  'macAddress',
  'allowedOsMacAddresses',
  'isRequired',
  'backingDevices',
] as const;

export const LIST_GRAMMARS: readonly ListGrammar[] = [
  {
    attribute: 'virtual_serial_adapters',
    layout: 'slot/client|server/[supports-HMC]/[remote-lpar-ID]/[remote-lpar-name]/[remote-slot]/is-required',
    separator: '/',
    fields: ['slot', 'role', 'supportsHmc', 'remoteLparId', 'remoteLparName', 'remoteSlot', 'isRequired'],
    fieldCounts: [7],
  },
  {
    attribute: 'virtual_scsi_adapters',
    layout: 'slot/client|server/[remote-lpar-ID]/[remote-lpar-name]/[remote-slot]/is-required',
    separator: '/',
    fields: ['slot', 'role', 'remoteLparId', 'remoteLparName', 'remoteSlot', 'isRequired'],
    fieldCounts: [6],
  },
  {
    attribute: 'virtual_eth_adapters',
    layout:
      'slot/is-IEEE/port-vlan-ID/[additional-vlan-IDs]/[trunk-priority]/is-required[/[virtual-switch][/[MAC-address]/[allowed-OS-MAC-addresses]/[QoS-priority]]]',
    separator: '/',
    fields: [
      'slot',
      'isIeee',
      'portVlanId',
      'additionalVlanIds',
      'trunkPriority',
      'isRequired',
      'virtualSwitch',
      'macAddress',
      'allowedOsMacAddresses',
      'qosPriority',
    ],
    fieldCounts: [6, 7, 10],
    commaFields: [3, 8],
  },
  {
    attribute: 'virtual_fc_adapters',
    layout: 'slot/client|server/[remote-lpar-ID]/[remote-lpar-name]/remote-slot/[wwpns]/is-required',
    separator: '/',
    fields: ['slot', 'role', 'remoteLparId', 'remoteLparName', 'remoteSlot', 'wwpns', 'isRequired'],
    fieldCounts: [7],
    commaFields: [5],
  },
  {
    attribute: 'vtpm_adapters',
    layout: 'slot',
    separator: '/',
    fields: ['slot'],
    fieldCounts: [1],
  },
  {
    attribute: 'io_slots',
    layout: 'drc-index/[slot-io-pool-id]/is-required',
    separator: '/',
    fields: ['drcIndex', 'ioPoolId', 'isRequired'],
    fieldCounts: [3],
  },
  {
    attribute: 'lhea_logical_ports',
    layout: 'adapter-ID/port-group/physical-port-ID/logical-port-ID/[allowed-VLAN-IDs]',
    separator: '/',
    fields: ['adapterId', 'portGroup', 'physicalPortId', 'logicalPortId', 'allowedVlanIds'],
    fieldCounts: [5],
    commaFields: [4],
  },
  {
    attribute: 'hca_adapters',
    layout: 'adapter-ID/GUID/capability',
    separator: '/',
    fields: ['adapterId', 'guid', 'capability'],
    fieldCounts: [3],
  },
  {
    attribute: 'vnic_adapters',
    layout:
      'slot:mode:auto-priority-failover:port-vlan-ID:pvid-priority:allowed-vlan-IDs:MAC-address:allowed-OS-MAC-addresses:is-required:backing-devices',
    separator: ':',
    fields: VNIC_FIELDS,
    fieldCounts: [10],
    commaFields: [5, 7, 9],
    keyedFields: {
      slot_num: 'slot',
      mode: 'mode',
      auto_priority_failover: 'autoPriorityFailover',
      port_vlan_id: 'portVlanId',
      pvid_priority: 'pvidPriority',
      allowed_vlan_ids: 'allowedVlanIds',
      mac_addr: 'macAddress',
      allowed_os_mac_addrs: 'allowedOsMacAddresses',
      is_required: 'isRequired',
      backing_devices: 'backingDevices',
    },
  },
  { attribute: 'power_ctrl_lpar_ids', layout: 'partition-ID,...', separator: '/', fields: [], fieldCounts: [1] },
  { attribute: 'lpar_io_pool_ids', layout: 'pool-ID,...', separator: '/', fields: [], fieldCounts: [1] },
  ...['virtual_eth_vsi_profiles', 'sriov_eth_logical_ports', 'sriov_roce_logical_ports', 'lhea_capabilities'].map(
    (attribute): ListGrammar => ({ attribute, layout: 'item,...', separator: '/', fields: [], fieldCounts: [], opaque: true }),
  ),
];

const BY_ATTRIBUTE = new Map(LIST_GRAMMARS.map((g) => [g.attribute, g]));

export function listGrammar(attribute: string): ListGrammar | undefined {
  return BY_ATTRIBUTE.get(attribute);
}

/** The adapter lists whose items name a remote partition: where VIO server names live. */
export const VIRTUAL_ADAPTER_ATTRIBUTES = [
  'virtual_serial_adapters',
  'virtual_scsi_adapters',
  'virtual_eth_adapters',
  'virtual_fc_adapters',
  'vtpm_adapters',
  'vnic_adapters',
] as const;
