import { describe, expect, it } from 'vitest';
import { PROFILE_RULES } from '../../rules/index.js';
import type { Diagnostic, Fix } from '../../src/core/diagnostic.js';
import { checkAndFix, fixProfile, MAX_PASSES } from '../../src/fix/fix-profile.js';
import { lintProfile, type FileResult } from '../../src/lint/lint-profile.js';
import { fixesFixture, NO_REPEATS } from './fix-fixture.js';

/** A finding at `start`..`end` with `fix`, as a rule would report it (positions beyond offsets do not matter here). */
function finding(start: number, end: number, fix: Fix): Diagnostic {
  return { ruleId: 'test', severity: 'error', message: 'test', attribute: null, span: { start, end }, line: 1, column: start + 1, endLine: 1, endColumn: end + 1, fix };
}

/** A check that counts its calls and reports what `find` finds in the text. */
function countingCheck(find: (text: string) => Diagnostic[]): { check: (text: string) => FileResult; calls: () => number } {
  let calls = 0;
  return {
    check: (text) => {
      calls++;
      return { path: 'test.cfg', source: text, diagnostics: find(text) };
    },
    calls: () => calls,
  };
}

/** Every "aa" becomes "a": neighbouring findings overlap, so "aaaa" takes more than one pass. */
const halveDoubleA = (safe: boolean) => (text: string): Diagnostic[] =>
  [...text.matchAll(/(?=aa)/g)].map((m) => finding(m.index, m.index + 2, { description: 'aa to a', safe, edits: [{ span: { start: m.index, end: m.index + 2 }, text: 'a' }] }));

const lint = (text: string): FileResult => lintProfile(text, { path: 'test.cfg', rules: PROFILE_RULES });

describe('fixProfile', () => {
  it('applies fixes in passes until nothing changes, and re-checks the result', () => {
    const { check, calls } = countingCheck(halveDoubleA(true));
    const outcome = fixProfile('xaaaax', check, 'safe');
    // Pass 1 takes the findings at 1 and 3 (the one at 2 overlaps): "xaax"; pass 2: "xax".
    expect(outcome).toEqual({ output: 'xax', applied: 3, result: { path: 'test.cfg', source: 'xax', diagnostics: [] } });
    expect(calls()).toBe(3);
  });

  it(`stops after ${MAX_PASSES} passes when the fixes keep changing the text`, () => {
    const grow = (text: string): Diagnostic[] => [finding(text.length, text.length, { description: 'append', safe: true, edits: [{ span: { start: text.length, end: text.length }, text: '!' }] })];
    const { check, calls } = countingCheck(grow);
    const outcome = fixProfile('x', check, 'safe');
    expect(outcome.output).toBe('x' + '!'.repeat(MAX_PASSES));
    expect(outcome.applied).toBe(MAX_PASSES);
    expect(outcome.result.source).toBe(outcome.output);
    expect(calls()).toBe(MAX_PASSES + 1);
  });

  it('applies unsafe fixes only in unsafe mode', () => {
    expect(fixProfile('xaax', countingCheck(halveDoubleA(false)).check, 'safe')).toMatchObject({ output: 'xaax', applied: 0 });
    expect(fixProfile('xaax', countingCheck(halveDoubleA(false)).check, 'unsafe')).toMatchObject({ output: 'xax', applied: 1 });
  });

  it('uses the first check it is given instead of checking the source again', () => {
    const { check, calls } = countingCheck(halveDoubleA(true));
    const first = check('xaax');
    expect(fixProfile('xaax', check, 'safe', first).output).toBe('xax');
    expect(calls()).toBe(2);
  });
});

describe('checkAndFix', () => {
  const broken = fixesFixture('safe/read-only-state.cfg');

  it('only checks when no fix mode is given', () => {
    const result = checkAndFix(broken, lint, undefined);
    expect(result.source).toBe(broken);
    expect(result.fix).toBeUndefined();
    expect(result.diagnostics.map((d) => d.ruleId)).toEqual(['read-only-attribute']);
  });

  it('carries no fix when no wanted fix exists', () => {
    const unsafeOnly = fixesFixture('unsafe/min-max-swapped.cfg');
    const result = checkAndFix(unsafeOnly, lint, 'safe');
    expect(result.fix).toBeUndefined();
    expect(result.source).toBe(unsafeOnly);
  });

  it('returns the fixed text, the findings that remain and what was done', () => {
    const result = checkAndFix(broken, lint, 'safe');
    expect(result.source).toBe(fixesFixture(NO_REPEATS));
    expect(result.diagnostics).toEqual([]);
    expect(result.fix).toMatchObject({ original: broken, applied: 1, written: false });
    expect(result.fix?.reason).toBeUndefined();
    // The findings of the file as read, for a report about a file that could not be written.
    expect(result.fix?.before).toEqual(lint(broken).diagnostics);
  });

  describe('with syntax errors', () => {
    const line = fixesFixture(NO_REPEATS).trimEnd();
    const NOT_FIXED = 'not fixed: the file has syntax errors, so a fix could change the wrong text; correct those first';

    it('does not fix a file whose syntax errors make an edit ambiguous, and says why', () => {
      // An opening quote inside a value, and a blank whose safe removal is held back.
      const text = line.replace('lpar_id=15,', 'lpar_id=15, ').replace('"virtual_scsi_adapters=', '"virtual_scsi_adapters="') + '\n';
      const result = checkAndFix(text, lint, 'safe');
      expect(result.source).toBe(text);
      expect(result.fix).toMatchObject({ original: text, applied: 0, written: false, reason: NOT_FIXED });
      expect(result.diagnostics.map((d) => d.ruleId)).toContain('syntax');
      expect(result.diagnostics.map((d) => d.ruleId)).toContain('whitespace');
    });

    it('does not keep character fixes either while another fix is held back', () => {
      const text = line.replace('lpar_id=15,', 'lpar_id=15,,').replace('max_mem=4096,', 'max_mem=4096, ') + '\r\n';
      const result = checkAndFix(text, lint, 'safe');
      expect(result.source).toBe(text);
      expect(result.fix?.reason).toBe(NOT_FIXED);
    });

    it('applies character fixes, which do not depend on the parse, when nothing else is held back', () => {
      const text = line.replace('lpar_id=15,', 'lpar_id=15,,') + '\r\n';
      const result = checkAndFix(text, lint, 'safe');
      expect(result.source).toBe(text.replace('\r', ''));
      expect(result.fix).toMatchObject({ original: text, applied: 1, written: false });
      expect(result.diagnostics.map((d) => d.ruleId)).toEqual(['syntax']);
    });

    it('fixes typographic quotes, whose syntax errors go away with them, then the rest', () => {
      const text = fixesFixture('safe/typographic-quotes.cfg').replace('lpar_id=15,', 'lpar_id=15, ');
      expect(lint(text).diagnostics.map((d) => d.ruleId)).toContain('syntax');
      const result = checkAndFix(text, lint, 'safe');
      expect(result.source).toBe(fixesFixture(NO_REPEATS));
      expect(result.fix).toMatchObject({ original: text, applied: 3, written: false });
    });
  });
});
