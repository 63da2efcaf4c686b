import { removePair } from '../src/fix/edits.js';
import { pairsByKey } from '../src/lint/helpers/pairs-by-key.js';
import { defineRule } from '../src/lint/rule.js';

/**
 * lssyscfg prints partition state next to the settings (state, os_version, rmc_ipaddr, ...); none of
 * it is input to mksyscfg, and IBM's ansible whitelist of mksyscfg attributes leaves all of it out
 * (hmc-attributes.md §3). The schema marks these `readOnly`, with `x-input-name` where a listing
 * name has an input twin.
 */
export default defineRule({
  meta: {
    id: 'read-only-attribute',
    description: 'An attribute is read-only state printed by lssyscfg that partition creation rejects.',
    severity: 'error',
    fixable: 'both',
  },
  check(context) {
    const { document } = context;
    const present = pairsByKey(document);
    for (const pair of document.pairs) {
      const info = context.schema.attributes.get(pair.key);
      if (!info?.readOnly) continue;
      const input = info.inputName;
      // Removing a listing name whose input twin is absent would silently drop the setting it holds.
      const dropsSetting = input !== undefined && !present.has(input);
      context.report({
        message:
          `${pair.key} is read-only: lssyscfg prints it, but partition creation rejects it; ` +
          (input ? `use ${input} instead` : 'expected it left out of the profile file'),
        attribute: pair.key,
        span: pair.span,
        fix: { description: `remove ${pair.key}=${pair.value}`, safe: !dropsSetting, edits: [removePair(document, pair)] },
        ...(dropsSetting ? { suggestion: `rename it to ${input}: ${input}=${pair.value}` } : {}),
      });
    }
  },
});
