import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIST_GRAMMARS, listGrammar } from '../../src/parse/profile/lists/grammars.js';
import { parseProfile } from '../../src/parse/profile/parse.js';
import { getProfileSchema } from '../../src/validate/schema.js';
import { nodeAt, resolveRef, type SchemaNode } from '../../src/validate/schema-nodes.js';
import { profileAjv } from '../../scripts/profile-validator.mjs';

const root = JSON.parse(readFileSync('schemas/profile.schema.json', 'utf8')) as SchemaNode;
const model = getProfileSchema().model;
const seedFiles = readdirSync('fixtures/seed').map((f) => join('fixtures/seed', f));
const finalLine = readFileSync('fixtures/seed/lpar05_on_physical_server_01.cfg', 'utf8');

describe('profile schema', () => {
  it('is compiled once per process', () => {
    expect(getProfileSchema()).toBe(getProfileSchema());
  });

  it('compiles as written, top-level required included, in ajv strict mode', () => {
    expect(() => profileAjv().compile(root)).not.toThrow();
  });

  it('knows every attribute of the seed files', () => {
    for (const file of seedFiles) {
      const keys = parseProfile(readFileSync(file, 'utf8')).pairs.map((p) => p.key);
      expect(keys.filter((k) => !model.attributes.has(k)), file).toEqual([]);
    }
  });

  it('describes every attribute: description, source, and an expected text without regex syntax', () => {
    for (const info of model.attributes.values()) {
      expect(info.description, info.name).not.toBe('');
      expect(['lpar', 'prof', 'both'], info.name).toContain(info.source);
      expect(info.expected, info.name).toMatch(/^[^\^$\\]+$/);
      expect(info.expected, info.name).not.toBe('a valid value');
    }
  });

  it('splits required and recommended attributes into disjoint tiers of known, writable attributes', () => {
    const tiers = [...model.required, ...model.recommended];
    expect(new Set(tiers).size).toBe(tiers.length);
    for (const name of tiers) expect(model.attributes.get(name)?.readOnly, name).toBe(false);
  });

  it('requires nothing the seed example lacks, and recommends nothing it lacks', () => {
    const keys = new Set(parseProfile(finalLine).pairs.map((p) => p.key));
    expect(model.required.filter((k) => !keys.has(k))).toEqual([]);
    expect(model.recommended.filter((k) => !keys.has(k))).toEqual([]);
  });

  it('puts attributes that only POWER6/POWER7 HMCs print in the warning tier', () => {
    for (const name of ['lhea_logical_ports', 'lhea_capabilities', 'hca_adapters', 'vtpm_adapters']) {
      expect(model.recommended).toContain(name);
      expect(model.required).not.toContain(name);
    }
  });

  it('marks lssyscfg state attributes read-only and names their input attribute', () => {
    const readOnly = [...model.attributes.values()].filter((a) => a.readOnly).map((a) => a.name);
    expect(readOnly.sort()).toEqual(
      [
        'state',
        'resource_config',
        'os_version',
        'logical_serial_num',
        'default_profile',
        'curr_profile',
        'rmc_state',
        'rmc_ipaddr',
        'lpar_keylock',
        'curr_lpar_proc_compat_mode',
        'desired_lpar_proc_compat_mode',
        'remote_restart_status',
        'uuid',
        'lpar_name',
        'electronic_err_reporting',
      ].sort(),
    );
    expect(model.attributes.get('desired_lpar_proc_compat_mode')?.inputName).toBe('lpar_proc_compat_mode');
    expect(model.attributes.get('lpar_name')?.inputName).toBe('name');
    expect(model.attributes.get('state')?.inputName).toBeUndefined();
  });

  it('tells which lssyscfg output prints an attribute', () => {
    expect(model.attributes.get('lpar_avail_priority')?.source).toBe('lpar');
    expect(model.attributes.get('min_mem')?.source).toBe('prof');
    expect(model.attributes.get('boot_mode')?.source).toBe('both');
    expect(model.attributes.get('profile_name')?.source).toBe('prof');
  });

  it('gives expected texts in plain words', () => {
    expect(model.attributes.get('min_mem')?.expected).toBe('an integer number of MB, at least 1');
    expect(model.attributes.get('lpar_env')?.expected).toBe('one of: aixlinux, vioserver, os400');
    expect(model.attributes.get('auto_start')?.expected).toBe('0 or 1');
    expect(model.attributes.get('lpar_avail_priority')?.expected).toBe('an integer from 0 to 255');
    expect(model.attributes.get('affinity_group_id')?.expected).toBe('none, or a whole number (0 or more)');
  });

  it('has a list attribute exactly where the parser has a list grammar', () => {
    for (const info of model.attributes.values()) {
      expect(info.list, info.name).toBe(listGrammar(info.name) !== undefined);
    }
    for (const grammar of LIST_GRAMMARS) expect(model.attributes.get(grammar.attribute)?.list, grammar.attribute).toBe(true);
  });

  it('names the item fields as the grammars do, with comma fields as arrays', () => {
    for (const grammar of LIST_GRAMMARS.filter((g) => g.fields.length > 0)) {
      const item = resolveRef(root, nodeAt(root, [grammar.attribute, '0'])!);
      expect(Object.keys(item.properties ?? {}).sort(), grammar.attribute).toEqual([...grammar.fields].sort());
      for (const position of grammar.commaFields ?? []) {
        const field = resolveRef(root, item.properties![grammar.fields[position]!]!);
        const types = field.anyOf ? field.anyOf.map((b) => b.type) : [field.type];
        expect(types, `${grammar.attribute} ${grammar.fields[position]}`).toEqual(types.map(() => 'array'));
      }
    }
  });
});
