import { LineIndex } from '../src/core/span.js';
import { removePair, removePairs } from '../src/fix/edits.js';
import { isNullValue } from '../src/lint/helpers/null-value.js';
import { pairsByKey } from '../src/lint/helpers/pairs-by-key.js';
import { defineRule, type RuleContext } from '../src/lint/rule.js';
import type { Pair } from '../src/parse/profile/document.js';

/** A second `name` is the unrenamed profile name of the prof output: the profile-name rule's case. */
const OWNED_BY_PROFILE_NAME = 'name';

/**
 * What the HMC does with an attribute given twice is UNCERTAIN (hmc-attributes.md §2.6 item 11).
 * With equal values every reading gives the same partition, and the VCS procedure's own example
 * repeats boot_mode, auto_start, power_ctrl_lpar_ids and work_group_id (both lssyscfg outputs print
 * them), so that is only `info`. Differing values leave the result to chance: an error.
 * A `null` repeat is left to the null-value rule, whose fix removes it.
 */
export default defineRule({
  meta: {
    id: 'duplicate-attribute',
    description: 'An attribute is given more than once; an error when the values differ.',
    severity: 'error',
    fixable: 'both',
  },
  check(context) {
    const lines = new LineIndex(context.document.source);
    const at = (pair: Pair): string => {
      const where = lines.position(pair.span.start);
      return `${where.line}:${where.column}`;
    };
    const harmless: { first: Pair; repeat: Pair }[] = [];
    for (const [key, pairs] of pairsByKey(context.document)) {
      if (pairs.length === 1 || key === OWNED_BY_PROFILE_NAME) continue;
      const [first, ...repeats] = pairs.filter((p) => !isNullValue(p));
      if (!first) continue;
      for (const pair of repeats) {
        if (pair.value === first.value) {
          harmless.push({ first, repeat: pair });
          continue;
        }
        context.report({
          message: `${key} is given twice with different values: "${pair.value}" here and "${first.value}" at ${at(first)}; the HMC's choice between them is not documented, so keep only the one you mean`,
          attribute: key,
          span: pair.span,
          fix: { description: `remove this ${key}=${pair.value} and keep "${first.value}"`, safe: false, edits: [removePair(context.document, pair)] },
        });
      }
    }
    reportHarmlessRepeats(context, harmless, at);
  },
});

/**
 * Equal repeats are reported as one finding per file, at the first repeat: a file made by the
 * vendor's procedure always has the same four, and one line per repeat would bury real findings.
 */
function reportHarmlessRepeats(context: RuleContext, harmless: readonly { first: Pair; repeat: Pair }[], at: (pair: Pair) => string): void {
  if (harmless.length === 0) return;
  harmless = [...harmless].sort((a, b) => a.repeat.span.start - b.repeat.span.start);
  const listed = harmless.map(({ first, repeat }) => `${repeat.key}=${repeat.value} (first at ${at(first)})`);
  const only = harmless.length === 1 ? harmless[0] : undefined;
  context.report({
    message: only
      ? `${only.repeat.key} is given again with the same value "${only.repeat.value}" (first at ${at(only.first)}); harmless, but once is enough`
      : `${harmless.length} attributes are given again with the same value: ${listed.join(', ')}; harmless (the procedure's two field lists overlap), but once is enough`,
    attribute: only ? only.repeat.key : null,
    span: harmless[0]!.repeat.span,
    severity: 'info',
    fix: {
      description: only ? `remove the repeated ${only.repeat.key}=${only.repeat.value}` : `remove the ${harmless.length} repeats`,
      safe: true,
      edits: removePairs(context.document, harmless.map(({ repeat }) => repeat)),
    },
  });
}
