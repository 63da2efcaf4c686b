import { LineIndex } from '../src/core/span.js';
import { removePair, replace } from '../src/fix/edits.js';
import { appendPoint } from '../src/lint/helpers/append-point.js';
import { lssyscfgCommand } from '../src/lint/helpers/lssyscfg-command.js';
import { pairsByKey } from '../src/lint/helpers/pairs-by-key.js';
import { defineRule } from '../src/lint/rule.js';

/**
 * In `lssyscfg -r prof` output `name` is the profile name; for `mksyscfg -r lpar` `name` is the
 * partition and `profile_name` the profile to create (hmc-attributes.md §2.0). Step 4 of the VCS
 * procedure renames the prof output's `name` to `profile_name`; skipping it leaves a second `name`
 * and no `profile_name`.
 */
export default defineRule({
  meta: {
    id: 'profile-name',
    description: 'profile_name is missing, or the profile output\'s "name" was not renamed to profile_name.',
    severity: 'error',
    fixable: 'both',
  },
  check(context) {
    const { document } = context;
    const present = pairsByKey(document);
    const [partition, ...extraNames] = present.get('name') ?? [];
    const profileName = present.get('profile_name')?.[0];
    if (partition && extraNames.length > 0) {
      const where = new LineIndex(document.source).position(partition.span.start);
      extraNames.forEach((pair, i) => {
        if (!profileName && i === 0) {
          context.report({
            message: `a second name ("${pair.value}") is the profile name printed by lssyscfg -r prof; it must be renamed to profile_name (step 4 of the VCS procedure)`,
            attribute: 'name',
            span: pair.keySpan,
            fix: { description: 'rename this name to profile_name', safe: true, edits: [replace(pair.keySpan, 'profile_name')] },
          });
          return;
        }
        context.report({
          message:
            `name is given again ("${pair.value}") after the partition name "${partition.value}" at ${where.line}:${where.column}` +
            (profileName ? `, and the profile name is already in profile_name ("${profileName.value}")` : '; a record holds one name') +
            '; remove it',
          attribute: 'name',
          span: pair.span,
          fix: { description: `remove this name=${pair.value}`, safe: false, edits: [removePair(document, pair)] },
        });
      });
      return;
    }
    const at = appendPoint(document);
    if (profileName || !at) return;
    context.report({
      message: 'profile_name is missing: the record needs the name of the profile to create with the partition',
      attribute: 'profile_name',
      span: at,
      suggestion:
        `rename the "name" of the ${lssyscfgCommand('prof', document)} output to profile_name (step 4 of the VCS procedure), ` +
        'or append profile_name=<profile> to the end of the line',
    });
  },
});
