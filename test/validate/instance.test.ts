import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../src/parse/profile/parse.js';
import { buildInstance, keepAsWritten, type ProfileInstance } from '../../src/validate/instance.js';

const NOT_INCLUDED = new Set(['state', 'lpar_name', 'bogus']);
const build = (code: string): ProfileInstance => buildInstance(parseProfile(code), (a) => !NOT_INCLUDED.has(a));

/** The source text a pointer's span covers. */
function textAt(code: string, instance: ProfileInstance, pointer: string): string | undefined {
  const at = instance.locations.get(pointer);
  return at && code.slice(at.span.start, at.span.end);
}

describe('buildInstance', () => {
  it('takes scalar values as text and points at them', () => {
    const code = 'name=lpar05, min_mem=512';
    const instance = build(code);
    expect(instance.data).toEqual({ name: 'lpar05', min_mem: '512' });
    expect(instance.locations.get('/min_mem')).toEqual({ span: { start: 21, end: 24 }, text: '512' });
  });

  it('uses the first occurrence of a duplicated attribute', () => {
    const instance = build('auto_start=0,auto_start=1');
    expect(instance.data).toEqual({ auto_start: '0' });
    expect(instance.locations.get('/auto_start')?.span).toEqual({ start: 11, end: 12 });
  });

  it('leaves out null values, excluded (read-only, unknown) attributes, and a null first occurrence wins', () => {
    const instance = build('state=Running,lpar_name=x,bogus=1,min_num_huge_pages=null,min_num_huge_pages=2,bsr_arrays=0');
    expect(instance.data).toEqual({ bsr_arrays: '0' });
  });

  it('turns none into an empty list', () => {
    expect(build('io_slots=none,vtpm_adapters=none').data).toEqual({ io_slots: [], vtpm_adapters: [] });
  });

  it('turns items into objects of non-empty fields, with comma fields as arrays of parts', () => {
    const code = '"virtual_fc_adapters=""504/client//vio_server1/8/c050760431670010,c050760431670011/1"""';
    const instance = build(code);
    expect(instance.data).toEqual({
      virtual_fc_adapters: [
        { slot: '504', role: 'client', remoteLparName: 'vio_server1', remoteSlot: '8', wwpns: ['c050760431670010', 'c050760431670011'], isRequired: '1' },
      ],
    });
    expect(textAt(code, instance, '/virtual_fc_adapters/0')).toBe('""504/client//vio_server1/8/c050760431670010,c050760431670011/1""');
    expect(textAt(code, instance, '/virtual_fc_adapters/0/remoteLparName')).toBe('vio_server1');
    expect(textAt(code, instance, '/virtual_fc_adapters/0/wwpns')).toBe('c050760431670010,c050760431670011');
    expect(textAt(code, instance, '/virtual_fc_adapters/0/wwpns/1')).toBe('c050760431670011');
    expect(instance.locations.has('/virtual_fc_adapters/0/remoteLparId')).toBe(false);
  });

  it('keeps plain-value and opaque lists as arrays of item texts', () => {
    const code = '"power_ctrl_lpar_ids=3,7",lhea_capabilities=1/2/3';
    const instance = build(code);
    expect(instance.data).toEqual({ power_ctrl_lpar_ids: ['3', '7'], lhea_capabilities: ['1/2/3'] });
    expect(textAt(code, instance, '/power_ctrl_lpar_ids/1')).toBe('7');
  });

  it('leaves out items with a field count the grammar does not allow, keeping the file position of the rest', () => {
    const code = '"virtual_scsi_adapters=304/client/2/vio_server1/4,404/client/3/vio_server2/6/1"';
    const instance = build(code);
    expect(instance.data['virtual_scsi_adapters']).toEqual([
      { slot: '404', role: 'client', remoteLparId: '3', remoteLparName: 'vio_server2', remoteSlot: '6', isRequired: '1' },
    ]);
    expect(instance.items.get('/virtual_scsi_adapters/0')?.index).toBe(1);
    expect(textAt(code, instance, '/virtual_scsi_adapters/0')).toBe('404/client/3/vio_server2/6/1');
  });

  it('maps the long vNIC form through the HMC keys, pointing at the value after "="', () => {
    const code = '"vnic_adapters=slot_num=5:mode=ded:allowed_vlan_ids=3,4:mac_adr=x"';
    const instance = build(code);
    expect(instance.data['vnic_adapters']).toEqual([{ slot: '5', mode: 'ded', allowedVlanIds: ['3', '4'], mac_adr: 'x' }]);
    expect(textAt(code, instance, '/vnic_adapters/0/slot')).toBe('5');
    expect(textAt(code, instance, '/vnic_adapters/0/allowedVlanIds/1')).toBe('4');
  });

  it('reads the short vNIC form by position', () => {
    const instance = build('vnic_adapters=5:ded:1:0:0:all::all:0:sriov/vios1/100/5/0/2.0/50/100.0');
    expect(instance.data['vnic_adapters']).toEqual([
      {
        slot: '5',
        mode: 'ded',
        autoPriorityFailover: '1',
        portVlanId: '0',
        pvidPriority: '0',
        allowedVlanIds: ['all'],
        allowedOsMacAddresses: ['all'],
        isRequired: '0',
        backingDevices: ['sriov/vios1/100/5/0/2.0/50/100.0'],
      },
    ]);
  });

  it('points a comma part at the whole field when a line break was removed inside the field', () => {
    const code = '"virtual_eth_adapters=""10/1/1/3,40\\\n00/0/0"""';
    const instance = build(code);
    expect(instance.data['virtual_eth_adapters']).toEqual([
      { slot: '10', isIeee: '1', portVlanId: '1', additionalVlanIds: ['3', '4000'], trunkPriority: '0', isRequired: '0' },
    ]);
    expect(textAt(code, instance, '/virtual_eth_adapters/0/additionalVlanIds/1')).toBe('3,40\\\n00');
  });

  it('escapes "/" and "~" in pointer segments', () => {
    const instance = build('vnic_adapters=a/b~c=1');
    expect(instance.data['vnic_adapters']).toEqual([{ 'a/b~c': '1' }]);
    expect(instance.locations.has('/vnic_adapters/0/a~1b~0c')).toBe(true);
  });
});

describe('keepAsWritten', () => {
  it('puts the text back for a scalar, a comma part or a plain item, and keeps item objects', () => {
    const instance = build('"min_mem=1e3","power_ctrl_lpar_ids=3,x","virtual_eth_adapters=""10/1/1/3,5000/0/0"""');
    const data = instance.data as Record<string, any>;
    data['min_mem'] = 1000;
    data['power_ctrl_lpar_ids'][1] = Number.NaN;
    data['virtual_eth_adapters'][0].additionalVlanIds = [3, 5000];
    for (const p of ['/min_mem', '/power_ctrl_lpar_ids/1', '/virtual_eth_adapters/0/additionalVlanIds/1', '/virtual_eth_adapters/0']) {
      keepAsWritten(instance, p);
    }
    expect(data['min_mem']).toBe('1e3');
    expect(data['power_ctrl_lpar_ids']).toEqual(['3', 'x']);
    expect(data['virtual_eth_adapters'][0].additionalVlanIds).toEqual([3, '5000']);
    expect(data['virtual_eth_adapters'][0].slot).toBe('10');
  });
});
