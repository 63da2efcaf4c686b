import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LineIndex, type Range } from '../../src/core/span.js';
import { parseProfile } from '../../src/parse/profile/parse.js';
import type { SchemaIssue, ValidationResult } from '../../src/validate/model.js';
import { getProfileSchema } from '../../src/validate/schema.js';

const validate = (code: string): ValidationResult => getProfileSchema().validate(parseProfile(code));
const seed = (file: string): string => readFileSync(`fixtures/seed/${file}`, 'utf8');

interface Expected extends Range {
  readonly kind: SchemaIssue['kind'];
  readonly attribute: string;
  readonly text: string;
  readonly message: string;
}

/** Each issue as position, the source text it covers, and its message. */
function described(code: string): Expected[] {
  const lines = new LineIndex(code);
  return validate(code).issues.map((i) => ({
    kind: i.kind,
    attribute: i.attribute,
    ...lines.range(i.span),
    text: code.slice(i.span.start, i.span.end),
    message: i.message,
  }));
}

const one = (kind: SchemaIssue['kind'], attribute: string, column: number, text: string, message: string): Expected => ({
  kind,
  attribute,
  line: 1,
  column,
  endLine: 1,
  endColumn: column + text.length,
  text,
  message,
});

describe('schema validation of the seed', () => {
  it('finds nothing wrong with the worked example, on one line or copied with continuations', () => {
    expect(validate(seed('lpar05_on_physical_server_01.cfg')).issues).toEqual([]);
    expect(validate(seed('lpar05-docs-copy-with-continuations.cfg')).issues).toEqual([]);
  });

  it('leaves the null and read-only attributes of the raw lssyscfg output to their own rules', () => {
    const result = validate(seed('lssyscfg-raw-concatenated.cfg'));
    expect(result.issues).toEqual([]);
    for (const name of ['state', 'os_version', 'rmc_ipaddr', 'lpar_name', 'curr_lpar_proc_compat_mode', 'min_num_huge_pages', 'electronic_err_reporting']) {
      expect(result.values, name).not.toHaveProperty(name);
    }
    // The lpar output's redundant_err_path_reporting=0 comes first; the prof output's null is a duplicate.
    expect(result.values['redundant_err_path_reporting']).toBe(0);
  });

  it('returns the values coerced: numbers where the schema says so, text elsewhere', () => {
    const values = validate(seed('lpar05_on_physical_server_01.cfg')).values as Record<string, any>;
    expect(values['min_mem']).toBe(512);
    expect(values['mem_expansion']).toBe(0);
    expect(values['hpt_ratio']).toBe('1:64');
    expect(values['work_group_id']).toBe('none');
    expect(values['virtual_serial_adapters'][0]).toEqual({ slot: 0, role: 'server', supportsHmc: 1, remoteLparId: 'any', remoteSlot: 'any', isRequired: 1 });
    expect(values['virtual_fc_adapters'][1].wwpns).toEqual(['c050760431670012', 'c050760431670013']);
  });
});

describe('schema issues', () => {
  it.each([
    ['an integer', 'name=a,min_mem=abc', one('value', 'min_mem', 16, 'abc', 'min_mem is "abc"; expected an integer number of MB, at least 1')],
    ['a number in a form ajv would coerce', 'min_mem=1e3', one('value', 'min_mem', 9, '1e3', 'min_mem is "1e3"; expected an integer number of MB, at least 1')],
    ['a range', 'lpar_avail_priority=300', one('value', 'lpar_avail_priority', 21, '300', 'lpar_avail_priority is "300"; expected an integer from 0 to 255')],
    ['an enum', 'lpar_env=aix', one('value', 'lpar_env', 10, 'aix', 'lpar_env is "aix"; expected one of: aixlinux, vioserver, os400')],
    ['a flag', 'auto_start=yes', one('value', 'auto_start', 12, 'yes', 'auto_start is "yes"; expected 0 or 1')],
    ['an AME factor below 1', 'mem_expansion=0.5', one('value', 'mem_expansion', 15, '0.5', 'mem_expansion is "0.5"; expected 0 (off) or a factor from 1.0 to 10.0')],
    ['an AME factor above 10', 'mem_expansion=10.5', one('value', 'mem_expansion', 15, '10.5', 'mem_expansion is "10.5"; expected 0 (off) or a factor from 1.0 to 10.0')],
    ['none or a number (anyOf)', 'work_group_id=abc', one('value', 'work_group_id', 15, 'abc', 'work_group_id is "abc"; expected none, or a whole number (0 or more)')],
    ['an empty name', 'name=,lpar_id=15', one('value', 'name', 6, '', 'name is ""; expected the partition name (not empty)')],
    [
      'a MAC address',
      'virtual_eth_adapters=10/0/1//0/0/ETHERNET0/7AD07DAF34/all/none',
      one('item', 'virtual_eth_adapters', 44, '7AD07DAF34', 'virtual_eth_adapters item 1 (slot 10): MAC-address "7AD07DAF34" is not valid; expected a MAC address of 12 hex digits without separators, such as 7AD07DAF3402'),
    ],
    [
      'a port VLAN id of 0',
      'virtual_eth_adapters=10/0/0//0/0',
      one('item', 'virtual_eth_adapters', 27, '0', 'virtual_eth_adapters item 1 (slot 10): port-vlan-ID "0" is not valid; expected a VLAN id from 1 to 4094'),
    ],
    [
      'an additional VLAN id of 5000, pointed at alone',
      '"virtual_eth_adapters=""10/1/1/3,5000/0/0"""',
      one('item', 'virtual_eth_adapters', 34, '5000', 'virtual_eth_adapters item 1 (slot 10): additional-vlan-IDs "5000" is not valid; expected a VLAN id from 1 to 4094'),
    ],
    [
      'a QoS priority out of range (anyOf)',
      'virtual_eth_adapters=10/0/1//0/0/ETHERNET0//all/9',
      one('item', 'virtual_eth_adapters', 49, '9', 'virtual_eth_adapters item 1 (slot 10): QoS-priority "9" is not valid; expected none, or a QoS priority from 0 to 7'),
    ],
    [
      'allowed OS MACs mixing all with an address (anyOf over arrays)',
      '"virtual_eth_adapters=""10/0/1//0/0/ETHERNET0//all,7AD07DAF3402/none"""',
      one('item', 'virtual_eth_adapters', 48, 'all,7AD07DAF3402', 'virtual_eth_adapters item 1 (slot 10): allowed-OS-MAC-addresses "all,7AD07DAF3402" is not valid; expected all, none, or 1 to 4 MAC addresses of 12 hex digits'),
    ],
    [
      'one WWPN instead of two',
      'virtual_fc_adapters=504/client/2/vio_server1/8/c050760431670010/1',
      one('item', 'virtual_fc_adapters', 48, 'c050760431670010', 'virtual_fc_adapters item 1 (slot 504): wwpns "c050760431670010" is not valid; expected two WWPNs of 16 hex digits separated by a comma'),
    ],
    [
      'a vFC adapter without its remote slot',
      '"virtual_fc_adapters=""504/client/2/vio_server1//c050760431670010,c050760431670011/1"""',
      one(
        'item',
        'virtual_fc_adapters',
        22,
        '""504/client/2/vio_server1//c050760431670010,c050760431670011/1""',
        'virtual_fc_adapters item 1 (slot 504): remote-slot is required; expected slot/client|server/[remote-lpar-ID]/[remote-lpar-name]/remote-slot/[wwpns]/is-required',
      ),
    ],
    [
      'a client-or-server field',
      'virtual_scsi_adapters=304/clinet/2/vio_server1/4/1',
      one('item', 'virtual_scsi_adapters', 27, 'clinet', 'virtual_scsi_adapters item 1 (slot 304): client-or-server "clinet" is not valid; expected one of: client, server'),
    ],
    [
      'an item after a malformed one, numbered by its place in the file',
      '"virtual_scsi_adapters=304/client/2/vio_server1/4,404/client/3/vio_server2/x/1"',
      one('item', 'virtual_scsi_adapters', 76, 'x', 'virtual_scsi_adapters item 2 (slot 404): remote-slot "x" is not valid; expected a virtual slot number from 0 to 65535, or any (server adapters)'),
    ],
    [
      'a partition id in a plain list',
      '"power_ctrl_lpar_ids=3,x"',
      one('item', 'power_ctrl_lpar_ids', 24, 'x', 'power_ctrl_lpar_ids item 2 "x" is not valid; expected a partition id (1 or more)'),
    ],
    [
      'a long-form vNIC value',
      'vnic_adapters=slot_num=5:port_vlan_id=5000',
      one('item', 'vnic_adapters', 39, '5000', 'vnic_adapters item 1 (slot 5): port-vlan-ID "5000" is not valid; expected a VLAN id from 0 (none) to 4094'),
    ],
    [
      'an unknown long-form vNIC property',
      'vnic_adapters=slot_num=5:mac_adr=7AD07DAF3402',
      one('item', 'vnic_adapters', 15, 'slot_num=5:mac_adr=7AD07DAF3402', 'vnic_adapters item 1 (slot 5): "mac_adr" is not a property of vnic_adapters items; expected one of: slot_num, mode,'),
    ],
  ])('reports %s once, at the value, in plain words', (_name, code, expected) => {
    const found = described(code);
    expect(found).toHaveLength(1);
    expect(found[0]).toEqual({ ...expected, message: expect.stringContaining(expected.message) });
    expect(found[0]?.message).not.toMatch(/must (be|match|have|NOT)|anyOf|allOf/);
  });

  it.each([
    ['mem_expansion=0.0'],
    ['mem_expansion=0'],
    ['mem_expansion=1.5'],
    ['lpar_proc_compat_mode=POWER9_base'],
    ['lpar_proc_compat_mode=power10_Enhanced'],
    ['hpt_ratio=1:512'],
    ['max_virtual_slots=65535'],
    ['"virtual_scsi_adapters=20/server/any//any/1"'],
    ['"io_slots=21010021/none/1,21030003//0"'],
    ['"virtual_eth_adapters=""2/1/1/3,4,5/0/1"",3/1/1/10/0/1"'],
    ['virtual_fc_adapters=3/client/2/taprvio130/6//1'],
    ['vtpm_adapters=5'],
    ['lhea_logical_ports=23000000/2/1/7/none'],
    ['hca_adapters=23001eff/2550010250300/2'],
  ])('accepts %s', (code) => {
    expect(validate(code).issues).toEqual([]);
  });

  it('accepts a shared-processor POWER9-era profile with attributes the seed example lacks', () => {
    const code = [
      'name=lpar07,lpar_id=7,lpar_env=aixlinux,simplified_remote_restart_capable=1,sync_curr_profile=0,vtpm_enabled=0',
      'profile_name=default_profile,min_mem=8192,desired_mem=16384,max_mem=32768,mem_mode=ded,mem_expansion=2.5',
      'hpt_ratio=1:128,ppt_ratio=1:4096,proc_mode=shared,min_procs=1,desired_procs=2,max_procs=4',
      'min_proc_units=0.1,desired_proc_units=0.75,max_proc_units=4.0,sharing_mode=uncap,uncap_weight=128',
      'shared_proc_pool_id=0,shared_proc_pool_name=DefaultPool,max_virtual_slots=400,io_slots=none',
      'virtual_scsi_adapters=3/client/100/ltcden7-vios1/2/0,virtual_eth_adapters=2/0/1//0/0/ETHERNET0//all/none',
      '"virtual_fc_adapters=""302/client/100/ltcden7-vios1/302/c050760ba3370002,c050760ba3370003/0"""',
      'vtpm_adapters=5,vnic_adapters=5:ded:1:0:0:all::all:0:sriov/ltcden7-vios1/100/5/0/2.0/50/100.0',
      'virtual_eth_vsi_profiles=none,sriov_eth_logical_ports=none,lpar_proc_compat_mode=POWER9_base',
    ].join(',');
    expect(validate(code).issues).toEqual([]);
  });

  it.each([
    ['min_proc_units=0.04', 'min_proc_units is "0.04"; expected processing units with at most two decimals, at least 0.05'],
    ['desired_proc_units=0.125', 'desired_proc_units is "0.125"; expected processing units with at most two decimals, at least 0.05'],
  ])('checks processing units: %s', (code, message) => {
    expect(validate(code).issues.map((i) => i.message)).toEqual([message]);
  });

  it('reports one issue per failing field, each at its own place, in file order', () => {
    const code = 'virtual_eth_adapters=10/2/0//16/0,lpar_env=aix';
    expect(described(code).map((i) => [i.column, i.text, i.message.replace(/;.*/, '')])).toEqual([
      [25, '2', 'virtual_eth_adapters item 1 (slot 10): is-IEEE "2" is not valid'],
      [27, '0', 'virtual_eth_adapters item 1 (slot 10): port-vlan-ID "0" is not valid'],
      [30, '16', 'virtual_eth_adapters item 1 (slot 10): trunk-priority "16" is not valid'],
      [44, 'aix', 'lpar_env is "aix"'],
    ]);
  });

  it('spans a value continued on the next line', () => {
    const code = 'name=a,\\\nvirtual_eth_adapters=10/0/1//0/0/ETHERNET0/7AD07DA\\\nF34ZZ/all/none\n';
    expect(described(code)).toEqual([
      {
        kind: 'item',
        attribute: 'virtual_eth_adapters',
        line: 2,
        column: 44,
        endLine: 3,
        endColumn: 6,
        text: '7AD07DA\\\nF34ZZ',
        message: expect.stringContaining('MAC-address "7AD07DAF34ZZ" is not valid'),
      },
    ]);
  });

  it('leaves a failing value as written, and coerces the rest', () => {
    const values = validate('min_mem=1e3,max_mem=4096,"virtual_eth_adapters=""10/1/1/3,5000/0/0"""').values as Record<string, any>;
    expect(values['min_mem']).toBe('1e3');
    expect(values['max_mem']).toBe(4096);
    expect(values['virtual_eth_adapters'][0]).toEqual({ slot: 10, isIeee: 1, portVlanId: 1, additionalVlanIds: [3, '5000'], trunkPriority: 0, isRequired: 0 });
  });
});
