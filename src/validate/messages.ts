import type { ErrorObject } from 'ajv/dist/2020.js';
import { listGrammar, type ListGrammar } from '../parse/profile/lists/grammars.js';
import { fieldDisplayName } from './field-names.js';
import type { InstanceLocation, ProfileInstance } from './instance.js';
import type { SchemaIssue } from './model.js';
import { pointerSegments, toPointer } from './pointer.js';
import { expectedText, nodeAt, type SchemaNode } from './schema-nodes.js';

/** Pointer depth of a field (`/attr/item/field`); errors deeper down (comma parts) fold into it. */
const FIELD_DEPTH = 3;

/**
 * Translates ajv errors into one issue per failing attribute, list item or item field. ajv reports
 * one failure several times (each anyOf branch, the text guard and the type), so errors are grouped
 * by the place they concern, and the message says what the schema expects there, never ajv's text.
 */
export function describeErrors(errors: readonly ErrorObject[], instance: ProfileInstance, root: SchemaNode): SchemaIssue[] {
  const groups = new Map<string, ErrorObject[]>();
  for (const error of errors) {
    const place = toPointer(pointerSegments(error.instancePath).slice(0, FIELD_DEPTH));
    groups.set(place, [...(groups.get(place) ?? []), error]);
  }
  const issues = [...groups].map(([pointer, group]) => describeGroup(pointer, group, instance, root));
  return issues.sort((a, b) => a.span.start - b.span.start || a.pointer.localeCompare(b.pointer));
}

function describeGroup(pointer: string, group: readonly ErrorObject[], instance: ProfileInstance, root: SchemaNode): SchemaIssue {
  const segments = pointerSegments(pointer);
  const attribute = segments[0] ?? '';
  const expected = (at: readonly string[] = segments): string => expectedText(root, nodeAt(root, at) ?? {});
  if (segments.length === 1) {
    const at = located(instance, pointer);
    return { kind: 'value', attribute, pointer, span: at.span, message: `${attribute} is "${at.text}"; expected ${expected()}` };
  }

  // Only list attributes have items, and every list attribute has a grammar.
  const grammar = listGrammar(attribute);
  if (!grammar) throw new Error(`lparlint: ${attribute} has list items in the schema but no list grammar`);
  const label = itemLabel(attribute, toPointer(segments.slice(0, 2)), instance);
  if (grammar.fields.length === 0) {
    const at = located(instance, pointer);
    const message = `${label} "${at.text}" is not valid; expected ${expected()}`;
    return { kind: 'item', attribute, pointer, span: at.span, message };
  }
  if (segments.length === 2) {
    const message = `${label}: ${itemProblems(group, grammar, attribute).join('; ')}`;
    return { kind: 'item', attribute, pointer, span: located(instance, pointer).span, message };
  }

  // One comma part failing alone (a VLAN id of a list, one WWPN) is pointed at exactly.
  const places = new Set(group.map((e) => e.instancePath));
  const place = places.size === 1 ? [...places][0]! : pointer;
  const at = located(instance, place);
  const name = fieldDisplayName(grammar, segments[2] ?? '');
  return {
    kind: 'item',
    attribute,
    pointer: place,
    span: at.span,
    message: `${label}: ${name} "${at.text}" is not valid; expected ${expected(pointerSegments(place))}`,
  };
}

/** Missing fields and unknown long-form properties of one item. */
function itemProblems(group: readonly ErrorObject[], grammar: ListGrammar, attribute: string): string[] {
  const missing = group
    .filter((e) => e.keyword === 'required')
    .map((e) => fieldDisplayName(grammar, String(e.params['missingProperty'])));
  const unknown = group
    .filter((e) => e.keyword === 'additionalProperties')
    .map((e) => `"${String(e.params['additionalProperty'])}"`);
  const problems: string[] = [];
  if (missing.length > 0) {
    problems.push(`${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} required; expected ${grammar.layout}`);
  }
  if (unknown.length > 0) {
    const known = Object.keys(grammar.keyedFields ?? {}).join(', ');
    const are = unknown.length === 1 ? 'is not a property' : 'are not properties';
    problems.push(`${unknown.join(', ')} ${are} of ${attribute} items; expected one of: ${known}`);
  }
  return problems;
}

/** `virtual_fc_adapters item 1 (slot 504)`: the item's position in the file, and its slot if it has one. */
function itemLabel(attribute: string, itemPointer: string, instance: ProfileInstance): string {
  const item = instance.items.get(itemPointer);
  if (!item) throw new Error(`lparlint: no list item for ${itemPointer}`);
  const slot = instance.locations.get(`${itemPointer}/slot`);
  return `${attribute} item ${item.index + 1}${slot ? ` (slot ${slot.text})` : ''}`;
}

function located(instance: ProfileInstance, pointer: string): InstanceLocation {
  const at = instance.locations.get(pointer);
  if (!at) throw new Error(`lparlint: no source location for ${pointer}`);
  return at;
}
