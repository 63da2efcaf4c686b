import type { ErrorObject } from 'ajv/dist/2020.js';
import type { Document } from 'yaml';
import type { TextIssue } from '../core/input-issue.js';
import { nearestNames } from '../lint/helpers/nearest-names.js';
import { pointerSegments } from '../validate/pointer.js';
import { expectedText, type SchemaNode } from '../validate/schema-nodes.js';
import { keyOrValue, locate, valueOrKey } from './locate.js';

/**
 * Turns ajv's errors for a YAML or JSON data file into one issue per place, each naming the key
 * and saying what the schema expects there (its `x-expected` words), never ajv's own text. ajv may
 * report a place twice (a fractional negative id fails both `type` and `minimum`); the first one
 * is kept. `subject` names the whole file in messages ("the inventory").
 */
export function describeSchemaErrors(
  errors: readonly ErrorObject[],
  document: Document.Parsed,
  root: SchemaNode,
  subject: string,
): TextIssue[] {
  const byPlace = new Map<string, TextIssue>();
  for (const error of errors) {
    const issue = describeError(error, document, root, subject);
    if (!issue) continue;
    const place = `${issue.span.start}:${issue.span.end}`;
    if (!byPlace.has(place)) byPlace.set(place, issue);
  }
  return [...byPlace.values()].sort((a, b) => a.span.start - b.span.start);
}

function describeError(error: ErrorObject, document: Document.Parsed, root: SchemaNode, subject: string): TextIssue | undefined {
  const segments = pointerSegments(error.instancePath);
  const label = segments.length === 0 ? subject : segments.join('.');
  const schema = error.parentSchema as SchemaNode & { properties?: Record<string, SchemaNode> };
  switch (error.keyword) {
    case 'if':
      // The branch that failed (`then` or `else`) reports what is wrong itself.
      return undefined;
    case 'additionalProperties': {
      const key = String(error.params['additionalProperty']);
      const allowed = Object.keys(schema.properties ?? {});
      const near = nearestNames(key, allowed).names[0];
      const where = segments.length === 0 ? `at the top of ${subject}` : `in ${label}`;
      return {
        message: `unknown key "${key}" ${where}${near ? ` (did you mean "${near}"?)` : ''}; expected one of: ${allowed.join(', ')}`,
        span: keyOrValue(locate(document, [...segments, key])),
      };
    }
    case 'required': {
      const missing = String(error.params['missingProperty']);
      const property = schema.properties?.[missing];
      const expected = schema['x-expected'] ?? `${missing}: ${expectedText(root, property ?? {})}`;
      const place = locate(document, segments);
      // Point at the key that holds the object; the document itself has none, so its start.
      const span = place.key ?? { start: place.value?.start ?? 0, end: place.value?.start ?? 0 };
      return { message: `${label} has no ${missing}; expected ${expected}`, span };
    }
    case 'not':
      return {
        message: `${label} is not allowed here; expected ${expectedText(root, schema)}`,
        span: keyOrValue(locate(document, segments)),
      };
    default:
      return {
        message: `${label} is ${describeValue(error.data)}; expected ${expectedText(root, schema)}`,
        span: valueOrKey(locate(document, segments)),
      };
  }
}

/** What a value is, in the words of someone reading the file rather than a programmer. */
function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  // Control characters (a binary file read as YAML) are shown by code point, never written raw into a report.
  if (typeof value === 'string') return `"${value.replace(/[\u0000-\u001f\u007f]/g, (c) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`)}"`;
  return String(value);
}
