import type { TextEdit } from '../src/core/diagnostic.js';
import { replace } from '../src/fix/edits.js';
import { firstPair } from '../src/lint/helpers/first-pair.js';
import { nodeLabel } from '../src/lint/helpers/node-label.js';
import type { Pair } from '../src/parse/profile/document.js';
import { defineRule } from '../src/lint/rule.js';

/**
 * The agent creates the partition from the file and then manages it by the resource's LPARName
 * (vcs-lpar-agent.md §1.3 [U]); the first `name` of the record is the partition name that
 * `mksyscfg -r lpar` creates (hmc-attributes.md §2.0). If they differ, VCS creates one partition and
 * looks for another.
 */
export default defineRule({
  meta: {
    id: 'lpar-name',
    description: "The profile file's partition name (name) must be the LPAR resource's LPARName.",
    severity: 'error',
    fixable: 'unsafe',
  },
  check(context) {
    const node = context.node;
    const expected = node?.lparName;
    const pair = firstPair(context.document, 'name');
    if (!node || expected === undefined || !pair || pair.value === expected) return;
    const edit = renameEdit(pair, expected);
    context.report({
      message: `name is "${pair.value}", but LPARName of ${nodeLabel(node)} is "${expected}"; expected name=${expected}, the partition VCS manages`,
      attribute: 'name',
      span: pair.valueSpan,
      ...(edit
        ? { fix: { description: `set name to ${expected}; if the file is right, correct LPARName in main.cf instead`, safe: false, edits: [edit] } }
        : { suggestion: `Set name to ${expected}, or correct LPARName in main.cf if the file is right.` }),
    });
  },
});

/**
 * Replaces the value. A name with a comma needs the pair quoted, `"name=a,b"` (hmc-attributes.md
 * §1.1), so an unquoted pair is rewritten whole; how a `"` inside a name is escaped is not
 * documented, so such a name gets no fix.
 */
function renameEdit(pair: Pair, name: string): TextEdit | undefined {
  if (name.includes('"')) return undefined;
  return name.includes(',') && pair.quoting === 'none' ? replace(pair.span, `"name=${name}"`) : replace(pair.valueSpan, name);
}
