import { replace } from '../src/fix/edits.js';
import { nearestNames } from '../src/lint/helpers/nearest-names.js';
import { pairsByKey } from '../src/lint/helpers/pairs-by-key.js';
import { defineRule } from '../src/lint/rule.js';

/**
 * The HMC refuses a name it does not know ("An invalid attribute was entered. The invalid attribute
 * is ...", hmc-attributes.md §4). A warning, not an error: the schema knows the attributes of the
 * sources read, and a newer HMC may accept more.
 */
export default defineRule({
  meta: {
    id: 'unknown-attribute',
    description: 'An attribute name is not one the HMC is known to accept; often a typo.',
    severity: 'warning',
    fixable: 'unsafe',
  },
  check(context) {
    const present = pairsByKey(context.document);
    const known = context.schema.attributes;
    for (const pair of context.document.pairs) {
      if (known.has(pair.key)) continue;
      const nearest = nearestNames(pair.key, known.keys());
      const guess = nearest.names.map((n) => `"${n}"`).join(' or ');
      // One typo away, with a single candidate not yet in the record: a rename is a good guess, but
      // still a guess about what the user meant, so it is an unsafe fix, never applied unasked.
      const rename = nearest.names.length === 1 && nearest.distance <= 1 ? nearest.names[0] : undefined;
      context.report({
        message: `unknown attribute "${pair.key}"${guess ? `; did you mean ${guess}?` : ''}`,
        attribute: pair.key,
        span: pair.keySpan,
        ...(rename !== undefined && !present.has(rename)
          ? { fix: { description: `rename ${pair.key} to ${rename}`, safe: false, edits: [replace(pair.keySpan, rename)] } }
          : {}),
        ...(guess ? {} : { suggestion: 'check the spelling against the lssyscfg output, or remove the attribute' }),
      });
    }
  },
});
