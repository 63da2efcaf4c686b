import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { getInventorySchema } from '../../src/inventory/schema.js';

type Node = { description?: string; properties?: Record<string, Node>; additionalProperties?: Node | boolean; $defs?: Record<string, Node> };

const root = JSON.parse(readFileSync('schemas/inventory.schema.json', 'utf8')) as Node & { $schema: string; $id: string };

/** Every property (by name and as map values) and definition of the schema, with its place. */
function described(node: Node, at: string): [string, Node][] {
  const children: [string, Node][] = [
    ...Object.entries(node.properties ?? {}).map(([k, v]): [string, Node] => [`${at}.${k}`, v]),
    ...Object.entries(node.$defs ?? {}).map(([k, v]): [string, Node] => [`${at}#${k}`, v]),
    ...(typeof node.additionalProperties === 'object' ? [[`${at}.*`, node.additionalProperties] as [string, Node]] : []),
  ];
  return children.flatMap(([place, child]) => [[place, child] as [string, Node], ...described(child, place)]);
}

describe('inventory schema', () => {
  it('is compiled once per process', () => {
    expect(getInventorySchema()).toBe(getInventorySchema());
  });

  it('declares its dialect and an id, so that editors can use it', () => {
    expect(root.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(root.$id).toBe('urn:lparlint:schema:inventory');
  });

  it('compiles in ajv strict mode apart from strictRequired', () => {
    const ajv = new Ajv2020({ strict: true, strictRequired: false });
    ajv.addVocabulary(['x-expected']);
    expect(() => ajv.compile(root)).not.toThrow();
  });

  it('describes every property and definition', () => {
    const places = described(root, '');
    expect(places.length).toBeGreaterThan(10);
    // A map value given by $ref is described at its definition.
    const missing = places.filter(([, node]) => !node.description && !('$ref' in node)).map(([place]) => place);
    expect(missing).toEqual([]);
  });

  it('refuses unknown keys in every object that has named properties', () => {
    const open = described(root, '')
      .filter(([, node]) => node.properties && node.additionalProperties !== false)
      .map(([place]) => place);
    expect(open).toEqual([]);
    expect(root.additionalProperties).toBe(false);
  });
});
