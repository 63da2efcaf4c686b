import { removePair } from '../src/fix/edits.js';
import { isNullValue } from '../src/lint/helpers/null-value.js';
import { defineRule } from '../src/lint/rule.js';

/**
 * `lssyscfg -r prof` prints `null` where a setting does not apply (huge pages, error reporting).
 * Whether the HMC takes `null` back as input is UNCERTAIN (hmc-attributes.md §3); xCAT strips such
 * pairs before creating a partition, and leaving the attribute out gives the same partition.
 */
export default defineRule({
  meta: {
    id: 'null-value',
    description: 'An attribute has the value null, which lssyscfg prints for settings that do not apply.',
    severity: 'error',
    fixable: 'safe',
  },
  check(context) {
    for (const pair of context.document.pairs) {
      // A read-only attribute (electronic_err_reporting=null) is rejected whatever its value: the
      // read-only-attribute rule reports it, with the same removal.
      if (!isNullValue(pair) || context.schema.attributes.get(pair.key)?.readOnly) continue;
      context.report({
        message: `${pair.key} is null: lssyscfg prints null when the setting does not apply, and the HMC is not known to accept it as input; leave the attribute out`,
        attribute: pair.key,
        span: pair.valueSpan,
        fix: { description: `remove ${pair.key}=null`, safe: true, edits: [removePair(context.document, pair)] },
      });
    }
  },
});
