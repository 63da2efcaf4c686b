import { LIST_GRAMMARS } from '../src/parse/profile/lists/grammars.js';
import { describeItem, isKeyedItem, listEntries, type ListEntry } from '../src/lint/helpers/list-items.js';
import { defineRule, type RuleContext } from '../src/lint/rule.js';

/** Lists whose items have a documented field layout (plain value lists and opaque ones have none). */
const LAYOUT_ATTRIBUTES = LIST_GRAMMARS.filter((g) => g.fields.length > 0 && !g.opaque).map((g) => g.attribute);

export default defineRule({
  meta: {
    id: 'adapter-format',
    description: 'Adapter and I/O list items must follow the HMC field layout and allowed field values.',
    severity: 'error',
  },
  check(context) {
    for (const entry of listEntries(context.document, LAYOUT_ATTRIBUTES)) {
      // The long vNIC form names its fields and may leave optional ones out: no count applies.
      if (isKeyedItem(entry) || entry.grammar.fieldCounts.includes(entry.item.fields.length)) continue;
      reportFieldCount(context, entry);
    }
    // The schema stage leaves items with a wrong field count out of what it validates (their fields
    // are shifted, so value errors would mislead): these issues never repeat a count finding.
    for (const issue of context.validation.issues) {
      if (issue.kind === 'item') context.report({ message: issue.message, attribute: issue.attribute, span: issue.span });
    }
  },
});

/** Field layouts from the HMC man pages, as collected in src/parse/profile/lists/grammars.ts. */
function reportFieldCount(context: RuleContext, entry: ListEntry): void {
  const { grammar, item } = entry;
  const counts = grammar.fieldCounts;
  const choices = counts.length === 1 ? `${counts[0]}` : `${counts.slice(0, -1).join(', ')} or ${counts[counts.length - 1]}`;
  context.report({
    message: `${describeItem(entry)} has ${item.fields.length} "${grammar.separator}"-separated fields; expected ${choices} fields: ${grammar.layout}`,
    attribute: entry.pair.key,
    span: item.span,
    suggestion: `Give the fields in the order ${grammar.layout}; leave an optional [field] empty rather than out, so that the item has ${choices} fields.`,
  });
}
