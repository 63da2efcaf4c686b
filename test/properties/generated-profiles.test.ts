import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROFILE_RULES } from '../../rules/index.js';
import { lintProfile } from '../../src/lint/lint-profile.js';
import { getProfileSchema } from '../../src/validate/schema.js';
import { renderProfile, validProfile, type GeneratedPair } from './profile-arbitrary.js';
import { countInputs, NUM_RUNS } from './runs.js';

const inputs = countInputs('generated profiles');

const model = getProfileSchema().model;
const READ_ONLY = [...model.attributes.values()].filter((a) => a.readOnly).map((a) => a.name);

function value(pairs: readonly GeneratedPair[], key: string): string {
  return pairs.find((p) => p.key === key)!.value;
}

function replaced(pairs: readonly GeneratedPair[], key: string, to: string): GeneratedPair[] {
  return pairs.map((p) => (p.key === key ? { ...p, value: to } : p));
}

/** One mutation each, with the rule that must then report an error, and only that rule. */
const MUTATIONS: { readonly rule: string; readonly mutate: fc.Arbitrary<(pairs: GeneratedPair[]) => GeneratedPair[]> }[] = [
  {
    rule: 'required-attribute',
    mutate: fc.constantFrom(...model.required.filter((key) => key !== 'profile_name')).map((key) => (pairs) => pairs.filter((p) => p.key !== key)),
  },
  {
    // A missing profile_name is the profile-name rule's: it also says whether `name` was not renamed.
    rule: 'profile-name',
    mutate: fc.constant((pairs: GeneratedPair[]) => pairs.filter((p) => p.key !== 'profile_name')),
  },
  {
    // The serial adapters are always present: a slot number that is not one.
    rule: 'adapter-format',
    mutate: fc.constantFrom('x', '-1', '1.5', 'O').map((bad) => (pairs) => replaced(pairs, 'virtual_serial_adapters', `${bad}/server/1/any//any/1,1/server/1/any//any/1`)),
  },
  {
    // A second SCSI client adapter in the slot of the first.
    rule: 'adapter-slot',
    mutate: fc.constant((pairs: GeneratedPair[]) => {
      const scsi = value(pairs, 'virtual_scsi_adapters');
      fc.pre(scsi !== 'none');
      const [slot] = scsi.split('/');
      return pairs.map((p) => (p.key === 'virtual_scsi_adapters' ? { ...p, value: `${scsi},${slot}/client/2/vio_server1/99/1` } : p));
    }),
  },
  {
    rule: 'min-desired-max',
    mutate: fc.constantFrom(['min_mem', 'max_mem'], ['min_procs', 'max_procs']).map(([min, max]) => (pairs) => {
      const low = value(pairs, min!);
      const high = value(pairs, max!);
      fc.pre(Number(low) < Number(high));
      return replaced(replaced(pairs, min!, high), max!, low);
    }),
  },
  {
    rule: 'read-only-attribute',
    mutate: fc.constantFrom(...READ_ONLY).map((key) => (pairs) => [...pairs, { key, value: '1', quoted: false }]),
  },
];

function errorRules(text: string): string[] {
  const result = lintProfile(text, { path: 'generated.cfg', rules: PROFILE_RULES });
  return result.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.ruleId}: ${d.message}`);
}

describe('generated profiles', () => {
  it('a valid profile built from the attribute model has no error findings', () => {
    fc.assert(
      fc.property(validProfile, (pairs) => {
        expect(errorRules(renderProfile(pairs))).toEqual([]);
      }),
      { numRuns: inputs.add(NUM_RUNS) },
    );
  });

  it.each(MUTATIONS.map((m) => [m.rule, m.mutate] as const))('one mutation makes exactly %s report an error', (rule, mutate) => {
    fc.assert(
      fc.property(validProfile, mutate, (pairs, change) => {
        const rules = new Set(errorRules(renderProfile(change(pairs))).map((line) => line.split(':')[0]));
        expect([...rules]).toEqual([rule]);
      }),
      { numRuns: inputs.add(NUM_RUNS / 3) },
    );
  });
});
