import type { Diagnostic } from '../core/diagnostic.js';
import type { PatternMatch } from './model.js';

/**
 * The findings that explain one matched log message: those of a rule the pattern names in
 * `explainedBy` and, when the pattern ties a finding to a capture (`relate`), about that very
 * attribute and naming that very value. Without `relate` every finding of those rules counts: "the
 * format of the configuration data is invalid" names no attribute, so any quoting fault may be it.
 * A capture that did not take part in the match (an optional group) ties nothing.
 */
export function explainingFindings(match: PatternMatch, diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const { explainedBy, relate } = match.pattern;
  const attribute = relate?.attribute === undefined ? undefined : match.captures[relate.attribute];
  const mentioned = relate?.mentions === undefined ? undefined : match.captures[relate.mentions];
  return diagnostics.filter(
    (d) =>
      explainedBy.includes(d.ruleId) &&
      (attribute === undefined || d.attribute === attribute) &&
      (mentioned === undefined || mentionsName(d.message, mentioned)),
  );
}

/** Characters of HMC partition and attribute names: `vio_server2` is not mentioned in `vio_server20`. */
const NAME_CHAR = /[A-Za-z0-9_-]/;

/** Whether `text` holds `name` as a whole name, not as part of a longer one. */
export function mentionsName(text: string, name: string): boolean {
  if (name === '') return false;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const before = text[at - 1];
    const after = text[at + name.length];
    if ((before === undefined || !NAME_CHAR.test(before)) && (after === undefined || !NAME_CHAR.test(after))) return true;
  }
  return false;
}
