import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/core/diagnostic.js';
import { explainingFindings, mentionsName } from '../../src/diagnose/explain.js';
import { fillTemplate } from '../../src/diagnose/fill-template.js';
import { INVALID_ATTRIBUTE, PARTITION_NOT_FOUND } from './fake-catalog.js';

function finding(ruleId: string, attribute: string | null, message: string): Diagnostic {
  return { ruleId, attribute, message, severity: 'error', span: { start: 0, end: 1 }, line: 1, column: 1, endLine: 1, endColumn: 2 };
}

describe('explainingFindings', () => {
  const findings = [
    finding('read-only-attribute', 'state', 'state is read-only'),
    finding('read-only-attribute', 'os_version', 'os_version is read-only'),
    finding('unknown-attribute', 'stat', 'stat is not an attribute'),
    finding('whitespace', 'state', 'blank after state'),
  ];

  it('keeps findings of the explaining rules about the captured attribute', () => {
    const kept = explainingFindings({ pattern: INVALID_ATTRIBUTE, captures: { attribute: 'state' } }, findings);
    expect(kept.map((d) => `${d.ruleId}:${d.attribute}`)).toEqual(['read-only-attribute:state']);
  });

  it('without the capture (an optional group), keeps every finding of the explaining rules', () => {
    const kept = explainingFindings({ pattern: INVALID_ATTRIBUTE, captures: {} }, findings);
    expect(kept.map((d) => `${d.ruleId}:${d.attribute}`)).toEqual(['read-only-attribute:state', 'read-only-attribute:os_version', 'unknown-attribute:stat']);
  });

  it('without relate, keeps every finding of the explaining rules', () => {
    const pattern = { ...INVALID_ATTRIBUTE, relate: undefined };
    expect(explainingFindings({ pattern, captures: { attribute: 'state' } }, findings)).toHaveLength(3);
  });

  it('ties a finding by a name its message mentions, as a whole name', () => {
    const vios = [
      finding('vios-name', 'virtual_fc_adapters', 'remote partition vio_server2 is not a VIO server'),
      finding('vios-name', 'virtual_scsi_adapters', 'remote partition vio_server20 is not a VIO server'),
      finding('vios-id', 'virtual_scsi_adapters', 'remote partition vio_server2 has ID 3'),
    ];
    const kept = explainingFindings({ pattern: PARTITION_NOT_FOUND, captures: { name: 'vio_server2' } }, vios);
    expect(kept.map((d) => d.attribute)).toEqual(['virtual_fc_adapters']);
  });
});

describe('mentionsName', () => {
  it.each([
    ['partition vio_server2 is', 'vio_server2', true],
    ['(vio_server2)', 'vio_server2', true],
    ['ends with vio_server2.', 'vio_server2', true],
    ['vio_server20 only', 'vio_server2', false],
    ['my-vio_server2', 'vio_server2', false],
    ['vio_server20 and vio_server2', 'vio_server2', true],
    ['anything', '', false],
  ])('%s / %s', (text, name, expected) => {
    expect(mentionsName(text, name)).toBe(expected);
  });
});

describe('fillTemplate', () => {
  it('fills each placeholder with its capture and leaves unknown ones as written', () => {
    expect(fillTemplate('Remove {attribute} ({attribute}); {missing} stays', { attribute: 'state' })).toBe('Remove state (state); {missing} stays');
  });
});
