import { LineIndex } from '../src/core/span.js';
import { removePair } from '../src/fix/edits.js';
import { isNullValue } from '../src/lint/helpers/null-value.js';
import { pairsByKey } from '../src/lint/helpers/pairs-by-key.js';
import { defineRule } from '../src/lint/rule.js';

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
    for (const [key, pairs] of pairsByKey(context.document)) {
      if (key === OWNED_BY_PROFILE_NAME) continue;
      const [first, ...repeats] = pairs.filter((p) => !isNullValue(p));
      if (!first) continue;
      const where = lines.position(first.span.start);
      const firstAt = `${where.line}:${where.column}`;
      for (const pair of repeats) {
        const remove = removePair(context.document, pair);
        if (pair.value === first.value) {
          context.report({
            message: `${key} is given again with the same value "${pair.value}" (first at ${firstAt}); harmless, but once is enough`,
            attribute: key,
            span: pair.span,
            severity: 'info',
            fix: { description: `remove the repeated ${key}=${pair.value}`, safe: true, edits: [remove] },
          });
        } else {
          context.report({
            message: `${key} is given twice with different values: "${pair.value}" here and "${first.value}" at ${firstAt}; the HMC's choice between them is not documented, so keep only the one you mean`,
            attribute: key,
            span: pair.span,
            fix: { description: `remove this ${key}=${pair.value} and keep "${first.value}"`, safe: false, edits: [remove] },
          });
        }
      }
    }
  },
});
