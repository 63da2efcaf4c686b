import { describe, expect, it } from 'vitest';
import { LIST_GRAMMARS, listGrammar } from '../../src/parse/profile/lists/grammars.js';
import { fieldDisplayName } from '../../src/validate/field-names.js';
import { pointerSegments, toPointer } from '../../src/validate/pointer.js';
import { expectedText, nodeAt, resolveRef, type SchemaNode } from '../../src/validate/schema-nodes.js';

const root: SchemaNode = {
  type: 'object',
  properties: {
    ref: { $ref: '#/$defs/flag' },
    list: { type: 'array', items: { $ref: '#/$defs/item' } },
  },
  $defs: {
    flag: { 'x-expected': '0 or 1', type: 'integer', enum: [0, 1] },
    item: { type: 'object', properties: { vlans: { type: 'array', items: { type: 'integer', minimum: 1, maximum: 4094 } } } },
  },
};
const text = (node: SchemaNode): string => expectedText(root, node);

describe('expectedText', () => {
  it('prefers x-expected, also behind a $ref', () => {
    expect(text({ 'x-expected': 'a MAC address', type: 'string', pattern: '^[0-9A-F]{12}$' })).toBe('a MAC address');
    expect(text({ $ref: '#/$defs/flag' })).toBe('0 or 1');
  });

  it('words enums, constants and ranges', () => {
    expect(text({ type: 'string', enum: ['ded', 'shared'] })).toBe('one of: ded, shared');
    expect(text({ type: 'integer', minimum: 0, maximum: 255 })).toBe('an integer from 0 to 255');
    expect(text({ type: 'integer', minimum: 1 })).toBe('an integer, at least 1');
    expect(text({ type: 'number', maximum: 10 })).toBe('a number, at most 10');
    expect(text({ type: 'number' })).toBe('a number');
    expect(text({ type: 'string' })).toBe('text');
  });

  it('joins anyOf branches with "or" and skips text guards in allOf', () => {
    expect(text({ anyOf: [{ type: 'string', const: 'none' }, { type: 'integer', minimum: 0, maximum: 7 }] })).toBe(
      'none, or an integer from 0 to 7',
    );
    expect(text({ allOf: [{ type: 'string', pattern: '^[0-9]+$' }, { type: 'integer', minimum: 1 }] })).toBe('an integer, at least 1');
  });

  it('falls back to a neutral phrase rather than showing a regular expression', () => {
    expect(text({ type: 'string', pattern: '^1:[0-9]+$' })).toBe('a valid value');
  });
});

describe('nodeAt and resolveRef', () => {
  it('walks attributes, items, fields and comma parts', () => {
    expect(nodeAt(root, ['ref'])).toEqual({ $ref: '#/$defs/flag' });
    expect(nodeAt(root, ['list', '3', 'vlans', '0'])).toEqual({ type: 'integer', minimum: 1, maximum: 4094 });
    expect(nodeAt(root, ['list', '0', 'nope'])).toBeUndefined();
    expect(nodeAt(root, ['list', '0', 'nope', '1'])).toBeUndefined();
  });

  it('fails loudly on a $ref the schema does not define', () => {
    expect(() => resolveRef(root, { $ref: '#/$defs/missing' })).toThrow(/no \$defs entry for #\/\$defs\/missing/);
  });
});

describe('fieldDisplayName', () => {
  it('reads one man-page name per grammar field from the layout', () => {
    for (const grammar of LIST_GRAMMARS.filter((g) => g.fields.length > 0)) {
      const names = grammar.fields.map((f) => fieldDisplayName(grammar, f));
      expect(names.filter((n) => /[[\]|/:]/.test(n) || n === ''), grammar.attribute).toEqual([]);
      expect(new Set(names).size, grammar.attribute).toBe(grammar.fields.length);
    }
  });

  it('uses the names admins know from the HMC', () => {
    const fc = listGrammar('virtual_fc_adapters')!;
    expect(fieldDisplayName(fc, 'remoteSlot')).toBe('remote-slot');
    expect(fieldDisplayName(fc, 'role')).toBe('client-or-server');
    expect(fieldDisplayName(listGrammar('virtual_eth_adapters')!, 'qosPriority')).toBe('QoS-priority');
    expect(fieldDisplayName(listGrammar('vnic_adapters')!, 'allowedOsMacAddresses')).toBe('allowed-OS-MAC-addresses');
  });
});

describe('JSON pointers', () => {
  it('escape and unescape "~" and "/" as ajv does', () => {
    expect(toPointer(['a/b', 0, 'c~d'])).toBe('/a~1b/0/c~0d');
    expect(pointerSegments('/a~1b/0/c~0d')).toEqual(['a/b', '0', 'c~d']);
    expect(pointerSegments('')).toEqual([]);
  });
});
