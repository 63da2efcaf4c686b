import type { Span } from '../../core/span.js';
import type { ListItem, Pair, ProfileDocument } from '../../parse/profile/document.js';
import { listGrammar, type ListGrammar } from '../../parse/profile/lists/grammars.js';
import { firstPair } from './first-pair.js';

/** One item of a list attribute, with what is needed to read and describe it. */
export interface ListEntry {
  readonly pair: Pair;
  readonly grammar: ListGrammar;
  readonly item: ListItem;
}

/** The value of one named field: `text` without a `key=` prefix, `span` the whole field. */
export interface FieldValue {
  readonly text: string;
  readonly span: Span;
}

/** The items of the given list attributes (first occurrence of each), in file order. */
export function listEntries(document: ProfileDocument, attributes: readonly string[]): ListEntry[] {
  const lists: { pair: Pair; grammar: ListGrammar; items: readonly ListItem[] }[] = [];
  for (const attribute of attributes) {
    const pair = firstPair(document, attribute);
    const grammar = listGrammar(attribute);
    if (pair?.list && grammar) lists.push({ pair, grammar, items: pair.list.items });
  }
  // Pairs do not overlap and a list's items are in file order: ordering the few lists orders the items.
  lists.sort((a, b) => a.pair.span.start - b.pair.span.start);
  return lists.flatMap(({ pair, grammar, items }) => items.map((item) => ({ pair, grammar, item })));
}

/** True when a vNIC item uses the long `slot_num=5:mode=ded:...` form, whose fields go by key, not position. */
export function isKeyedItem(entry: ListEntry): boolean {
  return entry.grammar.keyedFields !== undefined && entry.item.fields.every((f) => f.text.includes('='));
}

/** The field the grammar names `name`, by key in the long vNIC form and by position otherwise. */
export function fieldValue(entry: ListEntry, name: string): FieldValue | undefined {
  if (isKeyedItem(entry)) {
    const key = Object.entries(entry.grammar.keyedFields ?? {}).find(([, field]) => field === name)?.[0];
    const field = entry.item.fields.find((f) => f.text.startsWith(`${key}=`));
    return key !== undefined && field ? { text: field.text.slice(key.length + 1), span: field.span } : undefined;
  }
  const index = entry.grammar.fields.indexOf(name);
  const field = index < 0 ? undefined : entry.item.fields[index];
  return field ? { text: field.text, span: field.span } : undefined;
}

/** How messages name an item: `virtual_scsi_adapters item 2 (404/client/3/vio_server2/6/1)`. */
export function describeItem(entry: ListEntry): string {
  return `${entry.pair.key} item ${entry.item.index + 1} (${entry.item.text})`;
}
