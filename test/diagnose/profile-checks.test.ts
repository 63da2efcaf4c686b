import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CLUSTER_RULES, PROFILE_RULES } from '../../rules/index.js';
import { loadPatternCatalog } from '../../src/diagnose/patterns/index.js';
import { clusterProfiles, explainingRules, givenProfile, noProfiles } from '../../src/diagnose/profile-checks.js';
import { clusterInputs, MAIN_CF, rangeOf } from '../cluster/cluster-inputs.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixture = (path: string): Promise<string> => readFile(join(root, 'fixtures', path), 'utf8');

async function exampleCluster() {
  return clusterInputs({ mainCf: await fixture('example/main.cf'), inventory: await fixture('example/inventory.yaml') });
}

/** The example cluster's files, read from memory; records every read. */
async function exampleFiles() {
  const files = new Map([
    ['configs/lpar05_on_physical_server_01.cfg', await fixture('example/configfile/lpar05_on_physical_server_01.cfg')],
    ['configs/lpar05_on_physical_server_02.cfg', await fixture('example/configfile/lpar05_on_physical_server_02.cfg')],
  ]);
  const reads: string[] = [];
  const readText = (path: string): Promise<string> => {
    reads.push(path);
    const text = files.get(path);
    return text === undefined ? Promise.reject(Object.assign(new Error('ENOENT'), { code: 'ENOENT' })) : Promise.resolve(text);
  };
  return { files, reads, readText, locate: (file: string) => file.replace('/configfile/', 'configs/') };
}

const settings = { settingsFor: () => ({}), rules: { rules: PROFILE_RULES, clusterRules: CLUSTER_RULES } };

describe('clusterProfiles (--main-cf)', () => {
  it("checks the resource's ProfileFile for the node, with the node's context", async () => {
    const cluster = await exampleCluster();
    const { readText, locate } = await exampleFiles();
    const check = await clusterProfiles(cluster, cluster.config!, { ...settings, readText, locate })('lpar05_res', 'lpar201');
    expect(check.profile?.path).toBe('configs/lpar05_on_physical_server_02.cfg');
    expect(check.note).toBeUndefined();
    // vios-name needs the node's physical server: it ran.
    expect(check.diagnostics.map((d) => `${d.ruleId} ${d.line}:${d.column}`)).toEqual(['vios-name 1:964', 'duplicate-attribute 1:1036']);
  });

  it('reads each file once, however many failures ask for it', async () => {
    const cluster = await exampleCluster();
    const { readText, locate, reads } = await exampleFiles();
    const profiles = clusterProfiles(cluster, cluster.config!, { ...settings, readText, locate });
    await profiles('lpar05_res', 'lpar201');
    await profiles('lpar05_res', 'lpar101');
    await profiles('lpar05_res', 'lpar201');
    expect(reads).toEqual(['configs/lpar05_on_physical_server_01.cfg', 'configs/lpar05_on_physical_server_02.cfg']);
  });

  it('points at the ProfileFile in main.cf when the file is missing', async () => {
    const cluster = await exampleCluster();
    const { readText, locate, files } = await exampleFiles();
    files.delete('configs/lpar05_on_physical_server_02.cfg');
    const check = await clusterProfiles(cluster, cluster.config!, { ...settings, readText, locate })('lpar05_res', 'lpar201');
    const mainCf = cluster.config!.source;
    expect(check.profile).toEqual({ path: MAIN_CF, source: mainCf });
    expect(check.diagnostics.map((d) => `${d.ruleId} ${d.line}:${d.column}-${d.endLine}:${d.endColumn}`)).toEqual([
      `profile-file ${rangeOf(mainCf, '"/configfile/lpar05_on_physical_server_02.cfg"')}`,
    ]);
    expect(check.diagnostics[0]!.message).toContain('it does not exist');
  });

  it('says so when the node is not known, and which nodes run the resource', async () => {
    const cluster = await exampleCluster();
    const check = await clusterProfiles(cluster, cluster.config!, { ...settings, ...(await exampleFiles()) })('lpar05_res', undefined);
    expect(check).toEqual({
      diagnostics: [],
      note: 'The log line does not say which node it is from, so no profile file was checked: give --node NODE, the node whose log this is (lpar05_res runs on lpar101, lpar201).',
    });
  });

  it('says so when main.cf has no such LPAR resource, or the node is not in its SystemList', async () => {
    const cluster = await exampleCluster();
    const profiles = clusterProfiles(cluster, cluster.config!, { ...settings, ...(await exampleFiles()) });
    expect((await profiles('lpar09_res', 'lpar101')).note).toBe(
      'lpar09_res is not an LPAR resource of main.cf (its LPAR resources: lpar05_res), so no profile file was checked.',
    );
    expect((await profiles('lpar05_res', 'lpar301')).note).toBe(
      'lpar301 is not in the SystemList of lpar05_grp in main.cf (lpar101, lpar201), so no profile file was checked.',
    );
  });
});

describe('givenProfile (--profile)', () => {
  it("checks the file for the node, with main.cf's resource and the inventory", async () => {
    const cluster = await exampleCluster();
    const source = await fixture('example/configfile/lpar05_on_physical_server_02.cfg');
    const check = await givenProfile('x.cfg', source, cluster, settings)('lpar05_res', 'lpar201');
    expect(check.profile).toEqual({ path: 'x.cfg', source });
    expect(check.diagnostics.map((d) => d.ruleId)).toEqual(['vios-name', 'duplicate-attribute']);
    expect(check.note).toBeUndefined();
  });

  it('checks it by itself without a node, and says what that leaves out', async () => {
    const source = await fixture('example/configfile/lpar05_on_physical_server_02.cfg');
    const check = await givenProfile('x.cfg', source, await exampleCluster(), settings)('lpar05_res', undefined);
    expect(check.diagnostics.map((d) => d.ruleId)).toEqual(['duplicate-attribute']);
    expect(check.note).toContain('give --node NODE');
  });

  it('without the cluster, says which checks need it', async () => {
    const source = await fixture('example/configfile/lpar05_on_physical_server_02.cfg');
    const check = await givenProfile('x.cfg', source, undefined, settings)('lpar05_res', 'lpar201');
    expect(check.diagnostics.map((d) => d.ruleId)).toEqual(['duplicate-attribute']);
    expect(check.note).toContain('give --inventory (or --main-cf)');
  });

  it('applies --rule settings', async () => {
    const source = await fixture('example/configfile/lpar05_on_physical_server_02.cfg');
    const check = await givenProfile('x.cfg', source, undefined, { ...settings, settingsFor: () => ({ severities: new Map([['duplicate-attribute', 'off' as const]]) }) })('r', 'n');
    expect(check.diagnostics).toEqual([]);
  });
});

describe('explainingRules', () => {
  it('keeps the rules that the catalog names in explainedBy, and only those', () => {
    const { catalog } = loadPatternCatalog([]);
    const named = new Set(catalog.flatMap((entry) => entry.pattern.explainedBy));
    const { rules, clusterRules } = explainingRules(catalog);
    expect(rules.map((r) => r.meta.id)).toContain('vios-name');
    expect(rules.map((r) => r.meta.id)).not.toContain('duplicate-attribute');
    expect(clusterRules.map((r) => r.meta.id)).toEqual(['profile-file']);
    expect([...rules, ...clusterRules].every((r) => named.has(r.meta.id))).toBe(true);
  });

  it('runs only those rules on the file', async () => {
    const source = await fixture('example/configfile/lpar05_on_physical_server_02.cfg');
    const rules = explainingRules(loadPatternCatalog([]).catalog);
    const check = await givenProfile('x.cfg', source, await exampleCluster(), { settingsFor: () => ({}), rules })('lpar05_res', 'lpar201');
    expect(check.diagnostics.map((d) => d.ruleId)).toEqual(['vios-name']);
  });
});

describe('noProfiles', () => {
  it('says what to give', async () => {
    expect((await noProfiles('lpar05_res', 'lpar101')).note).toContain('give --main-cf (with --path-map) or --profile FILE');
  });
});
