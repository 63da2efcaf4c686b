import type { Span } from '../../../core/span.js';
import type { Field, ListItem, ListValue } from '../document.js';
import type { ListGrammar } from './grammars.js';

export interface ListIssue {
  readonly message: string;
  /** Logical offsets. */
  readonly span: Span;
}

interface Chunk {
  /** Logical span of the item including its `""` wrapping. */
  outer: Span;
  /** Logical span of the item text. */
  inner: Span;
  quoted: boolean;
}

/**
 * Splits a list value into items and fields. `text` is the logical record text, `value` the logical
 * span of the value content. Items are separated by `,`; an item holding commas is wrapped in `""`.
 * When such an item was left unwrapped (its WWPN pair or VLAN list split into stray items), the
 * pieces are joined back by the field count the grammar expects, so the item is still checked.
 */
export function splitList(
  text: string,
  value: Span,
  grammar: ListGrammar,
  toSource: (s: Span) => Span,
  issues: ListIssue[],
): ListValue {
  const v = text.slice(value.start, value.end);
  if (v === 'none') return { none: true, items: [] };
  if (v === '') return { none: false, items: [] };
  const chunks = mergeSplitItems(text, readChunks(text, value, issues), grammar);
  const items: ListItem[] = chunks.map((c, index) => {
    const itemText = text.slice(c.inner.start, c.inner.end);
    return {
      index,
      text: itemText,
      span: toSource(c.outer),
      quoted: c.quoted,
      fields: splitFields(itemText, c.inner.start, grammar.separator, toSource),
    };
  });
  return { none: false, items };
}

function readChunks(text: string, value: Span, issues: ListIssue[]): Chunk[] {
  const chunks: Chunk[] = [];
  let i = value.start;
  while (i <= value.end) {
    if (text.startsWith('""', i) && i + 2 <= value.end) {
      const close = text.indexOf('""', i + 2);
      if (close >= 0 && close + 2 <= value.end) {
        chunks.push({ outer: { start: i, end: close + 2 }, inner: { start: i + 2, end: close }, quoted: true });
        let next = close + 2;
        if (next < value.end && text[next] !== ',') {
          const comma = indexOrEnd(text, ',', next, value.end);
          issues.push({
            message: `text after the closing "" of a list item: "${text.slice(next, comma)}"`,
            span: { start: next, end: comma },
          });
          next = comma;
        }
        if (next >= value.end) break;
        i = next + 1;
        continue;
      }
      issues.push({ message: 'the "" that opens this list item is never closed', span: { start: i, end: i + 2 } });
    }
    const end = indexOrEnd(text, ',', i, value.end);
    chunks.push({ outer: { start: i, end }, inner: { start: i, end }, quoted: false });
    if (end >= value.end) break;
    i = end + 1;
  }
  return chunks;
}

function indexOrEnd(text: string, needle: string, from: number, end: number): number {
  const at = text.indexOf(needle, from);
  return at < 0 || at > end ? end : at;
}

function fieldCount(text: string, inner: Span, separator: string): number {
  let n = 1;
  for (let i = inner.start; i < inner.end; i++) if (text[i] === separator) n++;
  return n;
}

/** Joins unquoted pieces of one item that its own commas split apart (see splitList). */
function mergeSplitItems(text: string, chunks: Chunk[], grammar: ListGrammar): Chunk[] {
  if (!grammar.commaFields?.length || grammar.fieldCounts.length === 0) return chunks;
  const min = Math.min(...grammar.fieldCounts);
  const max = Math.max(...grammar.fieldCounts);
  const out: Chunk[] = [];
  for (let i = 0; i < chunks.length; i++) {
    let c = chunks[i]!;
    let count = fieldCount(text, c.inner, grammar.separator);
    while (!c.quoted && count < min) {
      const next = chunks[i + 1];
      if (!next || next.quoted) break;
      const merged = count + fieldCount(text, next.inner, grammar.separator) - 1;
      if (merged > max) break;
      c = { outer: { start: c.outer.start, end: next.outer.end }, inner: { start: c.inner.start, end: next.inner.end }, quoted: false };
      count = merged;
      i++;
    }
    out.push(c);
  }
  return out;
}

function splitFields(itemText: string, base: number, separator: string, toSource: (s: Span) => Span): Field[] {
  const fields: Field[] = [];
  let start = 0;
  for (;;) {
    const found = itemText.indexOf(separator, start);
    const end = found < 0 ? itemText.length : found;
    fields.push({ index: fields.length, text: itemText.slice(start, end), span: toSource({ start: base + start, end: base + end }) });
    if (found < 0) return fields;
    start = found + 1;
  }
}
