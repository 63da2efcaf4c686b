import { isScalar, parseDocument, visit, type Document, type YAMLError } from 'yaml';
import type { TextIssue } from '../core/input-issue.js';
import type { Span } from '../core/span.js';

/** How the user wrote a data file; only the messages differ, since JSON is read as YAML 1.2. */
export type DataFormat = 'YAML' | 'JSON';

export interface ParsedData {
  readonly document: Document.Parsed;
  /** The plain data, or undefined when the text is not well-formed (its issues say why). */
  readonly data: unknown;
  readonly issues: TextIssue[];
}

/** A hand-written data file needs a few aliases at most; this is the yaml package's default. */
const MAX_ALIAS_COUNT = 100;

/**
 * Reads a data file written in YAML or JSON (JSON is YAML 1.2, so one parser and one way to find
 * positions). Data only: the core schema, no YAML 1.1 types (`!!binary`, `!!set`, ...) and no
 * custom tags, so nothing in the file can make the loader build anything but mappings, lists,
 * text, numbers, booleans and null. `subject` names the file's kind in messages ("an inventory").
 * Never throws.
 */
export function parseData(text: string, format: DataFormat, subject: string): ParsedData {
  const document = parseDocument(text, {
    version: '1.2',
    schema: 'core',
    resolveKnownTags: false,
    customTags: [],
    uniqueKeys: true,
    stringKeys: true,
    prettyErrors: false,
  });
  const issues = [...document.errors, ...document.warnings].map((error) => describeYamlError(error, text, document, format, subject));
  if (document.errors.length > 0) return { document, data: undefined, issues };
  try {
    return { document, data: document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), issues };
  } catch {
    // toJS throws only when aliases expand past maxAliasCount (a "billion laughs" document).
    const message = `the ${format} expands its aliases too often (more than ${MAX_ALIAS_COUNT} times); write the values out instead`;
    return { document, data: undefined, issues: [...issues, { message, span: { start: 0, end: 0 } }] };
  }
}

function describeYamlError(error: YAMLError, text: string, document: Document.Parsed, format: DataFormat, subject: string): TextIssue {
  const [start, end] = error.pos;
  const span = { start, end: Math.max(start, end) };
  if (error.code === 'TAG_RESOLVE_FAILED' && error.message.startsWith('Unresolved tag')) {
    const tag = text.slice(span.start, span.end);
    return {
      message: `the ${format} tag ${tag} is not supported: ${subject} holds plain data (mappings, lists, text and numbers); remove the tag`,
      span,
    };
  }
  if (error.code === 'DUPLICATE_KEY') {
    // yaml points at the first character of the repeated key; the whole key reads better.
    const key = keyAt(document, start) ?? { name: text.slice(span.start, span.end), span };
    return { message: `the key "${key.name}" is given twice in one mapping; expected each key once`, span: key.span };
  }
  return { message: `${format} syntax error: ${error.message}`, span };
}

function keyAt(document: Document.Parsed, offset: number): { name: string; span: Span } | undefined {
  let found: { name: string; span: Span } | undefined;
  visit(document, {
    Pair(_, pair) {
      if (isScalar(pair.key) && pair.key.range?.[0] === offset) {
        found = { name: String(pair.key.value), span: { start: pair.key.range[0], end: pair.key.range[1] } };
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}
