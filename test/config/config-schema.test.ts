import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../rules/index.js';
import { getConfigSchema } from '../../src/config/config-schema.js';
import { readConfigFile } from '../../src/config/read-config.js';
import { compileDataSchema } from '../../src/yaml/data-schema.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const schema = JSON.parse(readFileSync(join(root, 'schemas/config.schema.json'), 'utf8')) as SchemaObject;

type SchemaObject = { readonly [key: string]: unknown };

/**
 * Every node of a schema that describes a value, with its place: the root, properties, $defs,
 * items, prefixItems and additionalProperties. `if` conditions are tests, not values, and a node
 * that is only a `$ref` is described where it points.
 */
function describedNodes(node: SchemaObject, at = '#'): { at: string; node: SchemaObject }[] {
  const children: [string, unknown][] = [
    ...Object.entries((node['properties'] ?? {}) as SchemaObject).map(([k, v]): [string, unknown] => [`${at}/properties/${k}`, v]),
    ...Object.entries((node['$defs'] ?? {}) as SchemaObject).map(([k, v]): [string, unknown] => [`${at}/$defs/${k}`, v]),
    ...((node['prefixItems'] ?? []) as unknown[]).map((v, i): [string, unknown] => [`${at}/prefixItems/${i}`, v]),
    [`${at}/items`, node['items']],
    [`${at}/additionalProperties`, node['additionalProperties']],
  ];
  const own = Object.keys(node).every((k) => k === '$ref') ? [] : [{ at, node }];
  return [...own, ...children.flatMap(([place, child]) => (typeof child === 'object' && child !== null ? describedNodes(child as SchemaObject, place) : []))];
}

describe('schemas/config.schema.json', () => {
  it('names every rule of ALL_RULES, in order, with its description, and no other', () => {
    const rules = ((schema['$defs'] as SchemaObject)['rules'] as SchemaObject)['properties'] as Record<string, SchemaObject>;
    expect(Object.keys(rules)).toEqual(ALL_RULES.map((r) => r.meta.id));
    for (const { meta } of ALL_RULES) expect(rules[meta.id]).toEqual({ $ref: '#/$defs/ruleSetting', description: meta.description });
  });

  it('has an $id and describes every value, so editors can explain each key', () => {
    expect(schema['$id']).toBe('urn:lparlint:schema:config');
    const nodes = describedNodes(schema);
    expect(nodes.length).toBeGreaterThan(40);
    for (const { at, node } of nodes) expect(node['description'], at).toEqual(expect.any(String));
  });

  it('has every top-level key documented in the README\'s Configuration section', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const section = readme.split(/^## Configuration$/m)[1]?.split(/^## /m)[0] ?? '';
    const documented = [...section.matchAll(/^\| `([$\w]+)` \|/gm)].map((m) => m[1]);
    expect(documented).toEqual(Object.keys(schema['properties'] as SchemaObject).filter((k) => k !== '$schema').concat('$schema'));
  });

  it('compiles with ajv in strict mode', () => {
    expect(getConfigSchema().validate({ rules: { whitespace: 'off' } })).toEqual([]);
  });
});

describe('rule option schemas (meta.optionsSchema)', () => {
  const withOptions = ALL_RULES.filter((r) => r.meta.optionsSchema);

  it('required-attribute takes options', () => {
    expect(withOptions.map((r) => r.meta.id)).toContain('required-attribute');
  });

  for (const { meta } of withOptions) {
    it(`${meta.id}: compiles in strict mode and describes every value`, () => {
      const options = meta.optionsSchema!;
      expect(compileDataSchema(options).validate({})).toEqual([]);
      for (const { at, node } of describedNodes(options)) expect(node['description'], at).toEqual(expect.any(String));
    });
  }
});

describe('the config fixtures', () => {
  const valid = ['rules-site/lparlint.config.yaml', 'cluster-site/.lparlintrc.json', 'two-configs/lparlint.config.json', 'two-configs/.lparlintrc.yaml'];
  for (const file of valid) {
    it(`${file} is valid`, async () => {
      await expect(readConfigFile(join(root, 'fixtures/config', file), root)).resolves.toMatchObject({ path: join(root, 'fixtures/config', file) });
    });
  }

  for (const file of readdirSync(join(root, 'fixtures/config/invalid'))) {
    it(`invalid/${file} is refused with its place`, async () => {
      await expect(readConfigFile(join(root, 'fixtures/config/invalid', file), root)).rejects.toThrow(/^fixtures\/config\/invalid\/[^:]+(:\d+:\d+)?: /);
    });
  }
});
