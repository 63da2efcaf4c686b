import type { Span } from '../core/span.js';
import type { Field, ListItem, Pair, ProfileDocument } from '../parse/profile/document.js';
import { listGrammar, type ListGrammar } from '../parse/profile/lists/grammars.js';
import { pointerSegments, toPointer } from './pointer.js';

/** Where an instance value came from: its source span and its text as written. */
export interface InstanceLocation {
  readonly span: Span;
  readonly text: string;
}

/** Read access by JSON pointer, as ajv writes them in `instancePath`. */
export interface PointerLookup<T> {
  get(pointer: string): T | undefined;
  has(pointer: string): boolean;
}

/**
 * The document as the JSON value ajv validates: attribute → text, list attribute → array of items,
 * an item → object of field texts. Values stay text; ajv coerces them where the schema says so.
 */
export interface ProfileInstance {
  readonly data: Record<string, unknown>;
  /** JSON pointer → location, for every value, item, field and comma part in `data`. */
  readonly locations: PointerLookup<InstanceLocation>;
  /**
   * Item pointer → the document's item. Malformed items are left out of `data`, so an item's
   * index there may differ from its position in the file (`ListItem.index`).
   */
  readonly items: PointerLookup<ListItem>;
}

/** What one attribute of `data` was built from: its pair and, for a list, the items kept in `data`. */
interface AttributeSource {
  readonly pair: Pair;
  readonly grammar?: ListGrammar;
  /** Parallel to the attribute's array in `data`. */
  readonly items?: readonly ListItem[];
}

/**
 * Builds the instance from the FIRST occurrence of each attribute that `includes` accepts. Other
 * rules own what is left out: later duplicates, `null` values, read-only and unknown attributes,
 * and list items whose field count the grammar does not allow (adapter-format).
 *
 * Locations are looked up only for the few values that fail validation, so they are not built
 * here: a lookup walks back from the pointer to the pair, item and field it names.
 */
export function buildInstance(document: ProfileDocument, includes: (attribute: string) => boolean): ProfileInstance {
  const data: Record<string, unknown> = {};
  const sources = new Map<string, AttributeSource>();
  const seen = new Set<string>();
  for (const pair of document.pairs) {
    if (seen.has(pair.key)) continue;
    seen.add(pair.key);
    if (pair.value === 'null' || !includes(pair.key)) continue;
    // The parser gives a pair a list exactly when its attribute has a list grammar.
    const grammar = pair.list && listGrammar(pair.key);
    if (grammar && pair.list) {
      const items = pair.list.items.filter((item) => isKept(item, grammar));
      data[pair.key] = items.map((item) => (grammar.fields.length === 0 ? item.text : itemObject(item, grammar)));
      sources.set(pair.key, { pair, grammar, items });
    } else {
      data[pair.key] = pair.value;
      sources.set(pair.key, { pair });
    }
  }
  return { data, ...sourceLookups(sources) };
}

/** Items with a field count the grammar does not allow are adapter-format's finding, not validated. */
function isKept(item: ListItem, grammar: ListGrammar): boolean {
  return isKeyed(item, grammar) || grammar.fieldCounts.length === 0 || grammar.fieldCounts.includes(item.fields.length);
}

function itemObject(item: ListItem, grammar: ListGrammar): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  eachNamedField(item, grammar, (name, field) => {
    fields[name] = isCommaField(grammar, name) ? field.text.split(',') : field.text;
  });
  return fields;
}

/**
 * Visits the item's fields under their names, in order. Empty optional fields are left out, so
 * that the schema's `required` decides what may be empty. A name given twice (long form) is
 * visited twice: in `data`, as in lookups, the last one counts.
 */
function eachNamedField(item: ListItem, grammar: ListGrammar, visit: (name: string, field: InstanceLocation) => void): void {
  if (isKeyed(item, grammar)) {
    for (const field of item.fields) {
      const entry = keyedEntry(field, grammar);
      if (entry.text !== '') visit(entry.name, entry);
    }
    return;
  }
  item.fields.forEach((field, position) => {
    const name = grammar.fields[position];
    if (name !== undefined && field.text !== '') visit(name, field);
  });
}

/** The field that `data` holds under `name`, if any. */
function namedField(item: ListItem, grammar: ListGrammar, name: string): InstanceLocation | undefined {
  let found: InstanceLocation | undefined;
  eachNamedField(item, grammar, (fieldName, field) => {
    if (fieldName === name) found = field;
  });
  return found;
}

function isCommaField(grammar: ListGrammar, name: string): boolean {
  return grammar.commaFields?.includes(grammar.fields.indexOf(name)) ?? false;
}

/** vNIC items may be written in the long form `slot_num=5:mode=ded:...` that chsyscfg requires. */
function isKeyed(item: ListItem, grammar: ListGrammar): boolean {
  return grammar.keyedFields !== undefined && item.fields.every((f) => f.text.includes('='));
}

/** A long-form field: its name from the HMC key (an unknown key stays as written), and its value. */
function keyedEntry(field: Field, grammar: ListGrammar): InstanceLocation & { readonly name: string } {
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

/** An array index as a pointer writes it: decimal, no leading zero. */
const INDEX = /^(0|[1-9][0-9]*)$/;

function indexIn<T>(list: readonly T[] | undefined, segment: string | undefined): T | undefined {
  return list && segment !== undefined && INDEX.test(segment) ? list[Number(segment)] : undefined;
}

/** The lookups of one instance, resolving each pointer from the attribute sources on demand. */
function sourceLookups(sources: ReadonlyMap<string, AttributeSource>): Pick<ProfileInstance, 'locations' | 'items'> {
  /** The segments of a pointer as ajv writes it; other spellings of the same place are not found. */
  const segmentsOf = (pointer: string): string[] | undefined => {
    const segments = pointerSegments(pointer);
    return segments.length > 0 && toPointer(segments) === pointer ? segments : undefined;
  };
  const itemAt = (segments: readonly string[]): { source: AttributeSource; item: ListItem } | undefined => {
    const source = sources.get(segments[0] ?? '');
    const item = indexIn(source?.items, segments[1]);
    return source && item ? { source, item } : undefined;
  };
  const locate = (pointer: string): InstanceLocation | undefined => {
    const segments = segmentsOf(pointer);
    if (!segments) return undefined;
    if (segments.length === 1) {
      const pair = sources.get(segments[0]!)?.pair;
      return pair && { span: pair.valueSpan, text: pair.value };
    }
    const found = itemAt(segments);
    if (!found) return undefined;
    const { item } = found;
    const grammar = found.source.grammar!;
    if (segments.length === 2) return { span: item.span, text: item.text };
    if (grammar.fields.length === 0 || segments.length > 4) return undefined;
    const name = segments[2]!;
    const field = namedField(item, grammar, name);
    if (!field || segments.length === 3) return field && { span: field.span, text: field.text };
    return isCommaField(grammar, name) ? commaPart(field, segments[3]!) : undefined;
  };
  const items: PointerLookup<ListItem> = {
    get(pointer) {
      const segments = segmentsOf(pointer);
      return segments?.length === 2 ? itemAt(segments)?.item : undefined;
    },
    has: (pointer) => items.get(pointer) !== undefined,
  };
  return { locations: { get: locate, has: (pointer) => locate(pointer) !== undefined }, items };
}

/** Comma part `segment` of a comma field (a WWPN of a pair, a VLAN id of a list). */
function commaPart(field: InstanceLocation, segment: string): InstanceLocation | undefined {
  const parts = field.text.split(',');
  const part = indexIn(parts, segment);
  if (part === undefined) return undefined;
  const offset = parts.slice(0, Number(segment)).reduce((at, p) => at + p.length + 1, 0);
  return { span: subSpan(field, offset, part.length), text: part };
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
