import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROFILE_RULES } from '../../rules/index.js';
import { fixProfile, wanted, type FixMode } from '../../src/fix/fix-profile.js';
import { lintProfile } from '../../src/lint/lint-profile.js';
import { parseProfile } from '../../src/parse/profile/index.js';
import { renderProfile, validProfile } from './profile-arbitrary.js';
import { countInputs, NUM_RUNS } from './runs.js';

const inputs = countInputs('fixes');

const check = (text: string) => lintProfile(text, { path: 'fixed.cfg', rules: PROFILE_RULES });

/**
 * Damage that rules can fix, as people make it: Windows line ends, a BOM, read-only fields, a repeat,
 * blanks. (A renamed key or typographic quotes change which keys parse, so they are not compared here.)
 */
const DAMAGE: readonly ((text: string) => string)[] = [
  (text) => text.replace(/\n$/, '\r\n'),
  (text) => `\uFEFF${text}`,
  (text) => text.replace(',lpar_env=', ',state=Running,lpar_env='),
  (text) => text.replace(',lpar_env=', ',lpar_name=x,lpar_env='),
  (text) => text.replace(',mem_mode=ded', ',mem_mode=ded,mem_mode=ded'),
  (text) => text.replace(',auto_start=0', ' , auto_start=0 '),
];

const damagedProfile = fc
  .tuple(validProfile, fc.subarray([...DAMAGE.keys()], { minLength: 1 }))
  .map(([pairs, picks]) => picks.reduce((text, i) => DAMAGE[i]!(text), renderProfile(pairs)));

/** `key=value` of every pair whose key no fixable finding names, in order. */
function untouched(text: string, named: ReadonlySet<string>): string[] {
  return parseProfile(text)
    .pairs.filter((p) => !named.has(p.key))
    .map((p) => `${p.key}=${p.value}`);
}

describe.each<FixMode>(['safe', 'unsafe'])('fixing (%s)', (mode) => {
  it('is idempotent, keeps attributes no finding names, and leaves a file that parses', () => {
    fc.assert(
      fc.property(damagedProfile, (text) => {
        const first = check(text);
        const once = fixProfile(text, check, mode, first).output;
        expect(fixProfile(once, check, mode).output).toBe(once);
        // Every pass's findings may name attributes; a fix may touch only those.
        const named = new Set<string>();
        for (let result = first, t = text; ; ) {
          const fixable = result.diagnostics.filter((d) => wanted(d.fix, mode));
          for (const d of fixable) if (d.attribute) named.add(d.attribute);
          const next = fixProfile(t, check, mode, result);
          if (next.output === t || next.applied === 0) break;
          t = next.output;
          result = check(t);
        }
        expect(untouched(once, named)).toEqual(untouched(text, named));
        expect(parseProfile(once).syntaxErrors).toEqual([]);
      }),
      { numRuns: inputs.add(NUM_RUNS / 3) },
    );
  });
});
