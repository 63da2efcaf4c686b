import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';

type Node = { description?: string; 'x-expected'?: string; properties?: Record<string, Node>; items?: Node };

const root = JSON.parse(readFileSync('schemas/log-patterns.schema.json', 'utf8')) as Node & {
  $schema: string;
  $id: string;
  $defs: { pattern: Node };
};

describe('log pattern catalog schema', () => {
  it('declares its dialect and an id, so that editors can use it', () => {
    expect(root.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(root.$id).toBe('urn:lparlint:schema:log-patterns');
  });

  it('compiles in ajv strict mode', () => {
    const ajv = new Ajv2020({ strict: true });
    ajv.addVocabulary(['x-expected']);
    expect(() => ajv.compile(root)).not.toThrow();
  });

  it('describes every field of a pattern and says in words what it expects', () => {
    const fields = Object.entries(root.$defs.pattern.properties ?? {});
    expect(fields.map(([name]) => name)).toEqual(['id', 'category', 'description', 'regex', 'flags', 'captures', 'explainedBy', 'relate', 'suggestion', 'source']);
    for (const [name, node] of fields) {
      expect(node.description, name).toMatch(/\S/);
      expect(node['x-expected'], name).toMatch(/\S/);
    }
  });

  it('is the schema the built-in catalog names', () => {
    const catalog = JSON.parse(readFileSync('rules/log-patterns.json', 'utf8')) as { $schema: string };
    expect(catalog.$schema).toBe('../schemas/log-patterns.schema.json');
  });
});
