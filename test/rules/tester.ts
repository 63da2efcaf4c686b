import { describe, expect, it } from 'vitest';
import type { Severity } from '../../src/core/diagnostic.js';
import { lintProfile } from '../../src/lint/lint-profile.js';
import type { NodeContext } from '../../src/cluster/model.js';
import type { Rule } from '../../src/lint/rule.js';

/** An expected finding; the position is 1-based, `endColumn` exclusive. */
export interface ExpectedFinding {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly severity?: Severity;
  /** A substring the message must contain (the attribute, the value, what is expected). */
  readonly message?: string | RegExp;
  readonly attribute?: string | null;
  readonly suggestion?: string | RegExp;
}

export interface InvalidCase {
  readonly name: string;
  readonly code: string;
  /** The node the file is checked for (rules that need the cluster). */
  readonly node?: NodeContext;
  readonly errors: readonly ExpectedFinding[];
}

export interface ValidCase {
  readonly name: string;
  readonly code: string;
  readonly node?: NodeContext;
}

/**
 * Table-driven rule tests in the manner of typescript-eslint's RuleTester: valid inputs give no
 * finding of this rule; invalid inputs give exactly the listed findings, positions included.
 */
export function ruleTester(rule: Rule, cases: { valid: readonly ValidCase[]; invalid: readonly InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, () => {
        const found = lintProfile(c.code, { path: 'test.cfg', rules: [rule], ...(c.node ? { node: c.node } : {}) }).diagnostics;
        expect(found.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, () => {
        const found = lintProfile(c.code, { path: 'test.cfg', rules: [rule], ...(c.node ? { node: c.node } : {}) }).diagnostics;
        expect(found.map((d) => [d.line, d.column, d.endLine, d.endColumn])).toEqual(
          c.errors.map((e) => [e.line, e.column, e.endLine, e.endColumn]),
        );
        c.errors.forEach((e, i) => {
          const d = found[i]!;
          expect(d.ruleId).toBe(rule.meta.id);
          expect(d.severity).toBe(e.severity ?? rule.meta.severity);
          if (e.message !== undefined) expect(d.message).toMatch(e.message);
          if (e.attribute !== undefined) expect(d.attribute).toBe(e.attribute);
          if (e.suggestion !== undefined) expect(d.suggestion ?? '').toMatch(e.suggestion);
        });
      });
    }
  });
}
