import type { Span } from '../core/span.js';
import type { Field, ListItem, ListValue, ProfileDocument } from '../parse/profile/document.js';
import { listGrammar, type ListGrammar } from '../parse/profile/lists/grammars.js';
import { pointerSegments, toPointer } from './pointer.js';

/** Where an instance value came from: its source span and its text as written. */
export interface InstanceLocation {
  readonly span: Span;
  readonly text: string;
}

/**
 * The document as the JSON value ajv validates: attribute → text, list attribute → array of items,
 * an item → object of field texts. Values stay text; ajv coerces them where the schema says so.
 */
export interface ProfileInstance {
  readonly data: Record<string, unknown>;
  /** JSON pointer → location, for every value, item, field and comma part in `data`. */
  readonly locations: ReadonlyMap<string, InstanceLocation>;
  /**
   * Item pointer → the document's item. Malformed items are left out of `data`, so an item's
   * index there may differ from its position in the file (`ListItem.index`).
   */
  readonly items: ReadonlyMap<string, ListItem>;
}

/**
 * Builds the instance from the FIRST occurrence of each attribute that `includes` accepts. Other
 * rules own what is left out: later duplicates, `null` values, read-only and unknown attributes,
 * and list items whose field count the grammar does not allow (adapter-format).
 */
export function buildInstance(document: ProfileDocument, includes: (attribute: string) => boolean): ProfileInstance {
  const data: Record<string, unknown> = {};
  const locations = new Map<string, InstanceLocation>();
  const items = new Map<string, ListItem>();
  const seen = new Set<string>();

  const listValue = (pointer: string, list: ListValue, grammar: ListGrammar): unknown[] => {
    const out: unknown[] = [];
    for (const item of list.items) {
      const keyed = isKeyed(item, grammar);
      if (!keyed && grammar.fieldCounts.length > 0 && !grammar.fieldCounts.includes(item.fields.length)) continue;
      const itemPointer = `${pointer}/${out.length}`;
      locations.set(itemPointer, { span: item.span, text: item.text });
      items.set(itemPointer, item);
      out.push(grammar.fields.length === 0 ? item.text : itemObject(itemPointer, item, grammar, keyed));
    }
    return out;
  };

  const itemObject = (pointer: string, item: ListItem, grammar: ListGrammar, keyed: boolean): Record<string, unknown> => {
    const fields: Record<string, unknown> = {};
    item.fields.forEach((field, position) => {
      const entry = keyed ? keyedEntry(field, grammar) : { name: grammar.fields[position], ...field };
      // Empty optional fields are left out, so that the schema's `required` decides what may be empty.
      if (entry.name === undefined || entry.text === '') return;
      const fieldPointer = `${pointer}${toPointer([entry.name])}`;
      locations.set(fieldPointer, { span: entry.span, text: entry.text });
      const comma = grammar.commaFields?.includes(grammar.fields.indexOf(entry.name)) ?? false;
      fields[entry.name] = comma ? commaParts(fieldPointer, entry) : entry.text;
    });
    return fields;
  };

  const commaParts = (pointer: string, field: InstanceLocation): string[] => {
    const parts = field.text.split(',');
    let at = 0;
    parts.forEach((part, j) => {
      locations.set(`${pointer}/${j}`, { span: subSpan(field, at, part.length), text: part });
      at += part.length + 1;
    });
    return parts;
  };

  for (const pair of document.pairs) {
    if (seen.has(pair.key)) continue;
    seen.add(pair.key);
    if (pair.value === 'null' || !includes(pair.key)) continue;
    const pointer = toPointer([pair.key]);
    locations.set(pointer, { span: pair.valueSpan, text: pair.value });
    const grammar = listGrammar(pair.key);
    data[pair.key] = grammar && pair.list ? listValue(pointer, pair.list, grammar) : pair.value;
  }
  return { data, locations, items };
}

/** vNIC items may be written in the long form `slot_num=5:mode=ded:...` that chsyscfg requires. */
function isKeyed(item: ListItem, grammar: ListGrammar): boolean {
  return grammar.keyedFields !== undefined && item.fields.every((f) => f.text.includes('='));
}

/** A long-form field: its name from the HMC key (an unknown key stays as written), and its value. */
function keyedEntry(field: Field, grammar: ListGrammar): { name: string; text: string; span: Span } {
  const eq = field.text.indexOf('=');
  const key = field.text.slice(0, eq);
  const keyed = grammar.keyedFields ?? {};
  const name = Object.hasOwn(keyed, key) ? keyed[key]! : key;
  const text = field.text.slice(eq + 1);
  return { name, text, span: subSpan(field, eq + 1, text.length) };
}

/**
 * The span of `length` characters at `offset` in a field's text. Offsets in the text match the
 * source only when no line break was removed inside the field; otherwise the whole field is used.
 */
function subSpan(field: InstanceLocation, offset: number, length: number): Span {
  const { span, text } = field;
  if (span.end - span.start !== text.length) return span;
  return { start: span.start + offset, end: span.start + offset + length };
}

/**
 * Puts the text as written back in place of a value that failed validation, so that rules reading
 * numbers from the instance skip it instead of trusting a half-coerced value (`1e3` → 1000).
 * Items are kept: an item with a missing field still holds its valid fields.
 */
export function keepAsWritten(instance: ProfileInstance, pointer: string): void {
  const location = instance.locations.get(pointer);
  if (!location) return;
  const segments = pointerSegments(pointer);
  const last = segments.pop() ?? '';
  const parent = segments.reduce<unknown>((value, s) => (value as Record<string, unknown>)[s], instance.data);
  const slot = parent as Record<string, unknown>;
  const current = slot[last];
  if (typeof current === 'object' && current !== null && !Array.isArray(current)) return;
  slot[last] = location.text;
}
