import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateProfile } from '../../src/generate/generate-profile.js';
import type { ProfileDocument } from '../../src/parse/profile/document.js';
import { parseProfile } from '../../src/parse/profile/parse.js';

const fixture = (path: string): string => readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), 'utf8');

const SEED_LPAR = fixture('seed/lssyscfg-lpar-lpar05.txt');
const SEED_PROF = fixture('seed/lssyscfg-prof-lpar05.txt');
const SEED_RESULT = fixture('seed/lpar05_on_physical_server_01.cfg');

/** Each pair as the HMC reads it: name, value and quoting, in order. */
function attributes(document: ProfileDocument): [string, string, string][] {
  return document.pairs.map((p) => [p.key, p.value, p.quoting]);
}

function generate(lpar: string, prof: string): ReturnType<typeof generateProfile> {
  return generateProfile(parseProfile(lpar), parseProfile(prof));
}

/** The seed's raw outputs with one attribute replaced (or removed, with `undefined`). */
function withPair(record: string, key: string, replacement: string | undefined): string {
  const pattern = new RegExp(`(^|,)${key}=[^,\\n]*`);
  if (!pattern.test(record)) throw new Error(`the record has no ${key}`);
  return record.replace(pattern, (_match, comma: string) => (replacement === undefined ? '' : `${comma}${replacement}`));
}

describe('generateProfile: the seed worked example', () => {
  const generated = generate(SEED_LPAR, SEED_PROF);

  it('gives exactly the step-5 line: the same attributes in the same order, repeats and quoting kept', () => {
    const expected = attributes(parseProfile(SEED_RESULT));
    expect(attributes(parseProfile(generated.text))).toEqual(expected);
    // The example repeats boot_mode, auto_start, power_ctrl_lpar_ids and work_group_id.
    expect(expected.filter(([key]) => key === 'boot_mode')).toHaveLength(2);
  });

  it('gives the fixture byte for byte, one line ending with a line end', () => {
    expect(generated.text).toBe(SEED_RESULT);
    expect(generated.text.indexOf('\n')).toBe(generated.text.length - 1);
  });

  it('has nothing to note: the example needs nothing beyond the procedure', () => {
    expect(generated.notes).toEqual([]);
  });

  it('reads records copied with the documentation\'s "\\" line wraps as if they were one line', () => {
    // Wrap after every third comma, inside quoted adapter lists too, as the vendor document prints them.
    const wrap = (record: string): string => record.replace(/((?:[^,]*,){3})/g, '$1\\\n    ');
    expect(wrap(SEED_PROF)).toContain('\\\n');
    expect(generate(wrap(SEED_LPAR), wrap(SEED_PROF)).text).toBe(SEED_RESULT);
  });
});

describe('generateProfile: where the procedure falls short', () => {
  it('takes affinity_group_id from the partition output, at its place there, when the profile output lacks it', () => {
    const generated = generate(SEED_LPAR, withPair(SEED_PROF, 'affinity_group_id', undefined));
    const keys = parseProfile(generated.text).pairs.map((p) => p.key);
    expect(keys.filter((k) => k === 'affinity_group_id')).toHaveLength(1);
    expect(keys.indexOf('affinity_group_id')).toBe(keys.indexOf('remote_restart_capable') + 1);
    expect(generated.notes).toEqual([
      'took affinity_group_id from the partition output: the profile output has none, and step 2 of the procedure lists it',
    ]);
  });

  it('keeps the processing units, uncap_weight and the pool of a shared-processor partition, in the HMC\'s order, and says so', () => {
    const shared = withPair(
      withPair(SEED_PROF, 'proc_mode', 'proc_mode=shared,min_proc_units=0.1,desired_proc_units=0.5,max_proc_units=1.0'),
      'sharing_mode',
      'sharing_mode=uncap,uncap_weight=128,shared_proc_pool_id=0,shared_proc_pool_name=DefaultPool',
    );
    const generated = generate(SEED_LPAR, shared);
    const keys = parseProfile(generated.text).pairs.map((p) => p.key);
    const from = keys.indexOf('proc_mode');
    expect(keys.slice(from, from + 11)).toEqual([
      'proc_mode', 'min_proc_units', 'desired_proc_units', 'max_proc_units', 'min_procs', 'desired_procs', 'max_procs',
      'sharing_mode', 'uncap_weight', 'shared_proc_pool_id', 'shared_proc_pool_name',
    ]);
    expect(generated.notes).toEqual([
      'proc_mode is shared: kept min_proc_units, desired_proc_units, max_proc_units, uncap_weight, shared_proc_pool_id and shared_proc_pool_name, which the procedure does not list but a shared-processor partition needs (its processing units, uncapped weight and shared processor pool)',
    ]);
  });

  it('leaves shared-processor settings of a dedicated partition out, without a note', () => {
    const generated = generate(SEED_LPAR, withPair(SEED_PROF, 'sharing_mode', 'sharing_mode=share_idle_procs,uncap_weight=0'));
    expect(generated.text).toBe(SEED_RESULT);
    expect(generated.notes).toEqual([]);
  });

  it('keeps only the profile\'s copy of an attribute both outputs give with different values, and says so', () => {
    const generated = generate(SEED_LPAR, withPair(SEED_PROF, 'boot_mode', 'boot_mode=sms'));
    const bootModes = parseProfile(generated.text).pairs.filter((p) => p.key === 'boot_mode');
    expect(bootModes.map((p) => p.value)).toEqual(['sms']);
    expect(generated.text.indexOf('boot_mode=sms')).toBeGreaterThan(generated.text.indexOf('profile_name='));
    expect(generated.notes).toEqual([
      'the two outputs differ on boot_mode (norm in the partition output, sms in the profile output): kept only the profile\'s value, which is what the re-created partition takes from the profile',
    ]);
  });

  it('drops selected attributes whose value is null and names them', () => {
    const lpar = withPair(SEED_LPAR, 'time_ref', 'time_ref=null');
    const prof = withPair(SEED_PROF, 'hpt_ratio', 'hpt_ratio=null');
    const generated = generate(lpar, prof);
    const keys = parseProfile(generated.text).pairs.map((p) => p.key);
    expect(keys).not.toContain('time_ref');
    expect(keys).not.toContain('hpt_ratio');
    expect(generated.notes).toEqual([
      'left out time_ref (partition output) and hpt_ratio (profile output): lssyscfg prints null for a setting that does not apply, and partition creation does not take it',
    ]);
  });

  it('names the settings the lists leave out, but not read-only state, null, none or empty values', () => {
    const lpar = withPair(SEED_LPAR, 'remote_restart_capable', 'remote_restart_capable=0,simplified_remote_restart_capable=1,description=');
    const prof = withPair(SEED_PROF, 'hpt_ratio', 'hpt_ratio=1:64,ppt_ratio=1:1024,vnic_adapters=none');
    expect(generate(lpar, prof).notes).toEqual([
      'not copied, as the procedure does not list them: simplified_remote_restart_capable and ppt_ratio; if the partition needs them, add them to the line by hand',
    ]);
  });
});

describe('generateProfile: copying pairs as printed', () => {
  it('renames the profile\'s name to profile_name inside its quotes, and keeps "" item quotes', () => {
    const prof = withPair(SEED_PROF, 'name', '"name=lpar05, with comma"');
    const generated = generate(SEED_LPAR, prof);
    expect(generated.text).toContain(',"profile_name=lpar05, with comma",all_resources=0,');
    expect(generated.text).toContain('"virtual_fc_adapters=""504/client/2/vio_server1/8/c050760431670010,c050760431670011/1"",""604/');
  });
});
