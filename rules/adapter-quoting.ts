import type { TextEdit } from '../src/core/diagnostic.js';
import { replace } from '../src/fix/edits.js';
import type { ListItem, Pair } from '../src/parse/profile/document.js';
import { defineRule, type RuleContext } from '../src/lint/rule.js';

/**
 * The HMC quoting of list values (hmc-attributes.md §1.1, IBM mkgencfg page; lssyscfg output in
 * op-test PR #745 and the Veritas example): a list with more than one item, or with an item that
 * holds a comma, is written with the whole pair in double quotes, `"key=a,b"`, and an item holding
 * a comma is wrapped in doubled quotes, `""a,b""`. Without them the HMC splits the value at the
 * comma. Quoting only the value, `key="a,b"` (IBM's ansible collection), may work but is UNCERTAIN:
 * a warning. A single-item list is printed unquoted by lssyscfg; quoting it anyway is harmless.
 */
export default defineRule({
  meta: {
    id: 'adapter-quoting',
    description: 'A list attribute with several items, or an item holding a comma, is not quoted as the HMC requires.',
    severity: 'error',
    fixable: 'safe',
  },
  check(context) {
    for (const pair of context.document.pairs) {
      const items = pair.list?.items ?? [];
      const unwrapped = items.filter((i) => !i.quoted && i.text.includes(','));
      if (pair.quoting === 'none') {
        // An opening quote that never closes is the syntax rule's finding; its fix is the closing quote.
        if (context.document.source[pair.span.start] === '"') continue;
        if (items.length > 1 || items.some((i) => i.text.includes(','))) reportUnquotedPair(context, pair, unwrapped);
        continue;
      }
      if (pair.quoting === 'value' && pair.list && pair.value.includes(',')) reportValueQuoting(context, pair);
      for (const item of unwrapped) reportUnwrappedItem(context, pair, item);
    }
  },
});

const LSSYSCFG_FORM = 'the form lssyscfg prints';

function reportUnquotedPair(context: RuleContext, pair: Pair, unwrapped: readonly ListItem[]): void {
  const k = pair.key;
  const count = pair.list?.items.length ?? 0;
  const what = count > 1 ? `has ${count} items` : 'has an item holding a comma';
  const itemNote = unwrapped.length > 0 ? ', and each item holding a comma wrapped in doubled quotes ""…""' : '';
  const inserts = [
    { at: pair.span.start, text: '"' },
    ...unwrapped.flatMap((i) => [
      { at: i.span.start, text: '""' },
      { at: i.span.end, text: '""' },
    ]),
    { at: pair.span.end, text: '"' },
  ];
  context.report({
    message: `${k} ${what} but is not quoted, so the HMC splits its value at the comma; expected the whole pair in double quotes, "${k}=…"${itemNote} (${LSSYSCFG_FORM})`,
    attribute: k,
    span: pair.span,
    fix: { description: `quote the pair as "${k}=…"`, safe: true, edits: insertions(inserts) },
  });
}

function reportValueQuoting(context: RuleContext, pair: Pair): void {
  const k = pair.key;
  const source = context.document.source;
  // The quote right before the value; only a line break can lie between them.
  const open = source.lastIndexOf('"', pair.valueSpan.start - 1);
  context.report({
    message: `${k} has only its value quoted (${k}="…"); the HMC is not known to accept that, expected the whole pair quoted, "${k}=…" (${LSSYSCFG_FORM})`,
    attribute: k,
    span: pair.span,
    severity: 'warning',
    fix: {
      description: `move the opening quote before ${k}`,
      safe: true,
      edits: [replace({ start: pair.span.start, end: pair.span.start }, '"'), replace({ start: open, end: open + 1 }, '')],
    },
  });
}

function reportUnwrappedItem(context: RuleContext, pair: Pair, item: ListItem): void {
  const k = pair.key;
  context.report({
    message: `item ${item.index + 1} of ${k} (${item.text}) holds a comma but is not wrapped in doubled quotes, so the HMC splits it at the comma; expected ""${item.text}"" (${LSSYSCFG_FORM})`,
    attribute: k,
    span: item.span,
    fix: {
      description: `wrap item ${item.index + 1} of ${k} in ""…""`,
      safe: true,
      edits: insertions([
        { at: item.span.start, text: '""' },
        { at: item.span.end, text: '""' },
      ]),
    },
  });
}

/** Zero-width edits, in order; insertions at one offset become one edit so that no two edits touch. */
function insertions(inserts: readonly { at: number; text: string }[]): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const { at, text } of inserts) {
    const last = edits[edits.length - 1];
    if (last && last.span.start === at) edits[edits.length - 1] = replace(last.span, last.text + text);
    else edits.push(replace({ start: at, end: at }, text));
  }
  return edits;
}
