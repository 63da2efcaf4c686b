import type { Span } from '../../core/span.js';
import type { Attribute, Name, Scalar, Value } from './ast.js';
import { type Cursor, isName, nameOf, scalarOf } from './cursor.js';
import type { Token } from './lex.js';

/** `Name` or `Name@sys`, as messages show an attribute. */
export function attributeLabel(attribute: { readonly name: Name; readonly system?: Name }): string {
  return attribute.system ? `${attribute.name.text}@${attribute.system.text}` : attribute.name.text;
}

/** From the attribute's name to the end of its `@sys`: where findings about the setting point. */
export function attributeLabelSpan(attribute: { readonly name: Name; readonly system?: Name }): Span {
  return { start: attribute.name.span.start, end: (attribute.system ?? attribute.name).span.end };
}

/**
 * Reads `( Name = value ... )`; the cursor is at the `(`. `owner` names the definition in messages
 * (`group lpar05_grp`). An attribute set twice for the same system is reported and the first kept.
 * A block whose `)` is missing ends at the next definition (see `Cursor.startsDefinition`).
 */
export function parseBlock(c: Cursor, owner: string): Attribute[] {
  const open = c.next();
  const attributes: Attribute[] = [];
  /** Line (1-based) of each attribute label's first setting. */
  const firstSet = new Map<string, number>();
  for (;;) {
    const t = c.peek();
    if (t.kind === ')') {
      c.next();
      return attributes;
    }
    if (t.kind === 'eof' || (t.lineStart && c.startsDefinition())) {
      const before = t.kind === 'eof' ? 'the end of the file' : `"${t.text}" on line ${t.line + 1}`;
      c.issue(`unclosed "(": the attribute block of ${owner} is not closed; expected ")" before ${before}`, open.span);
      return attributes;
    }
    if (!isName(t)) {
      c.issue(`unexpected ${c.describe(t)} in the attribute block of ${owner}: expected an attribute (Name = value) or ")"`, t.span);
      c.next();
      c.skipLine(t.line);
      continue;
    }
    const attribute = parseAttribute(c, owner);
    if (!attribute) continue;
    const label = attributeLabel(attribute);
    const firstLine = firstSet.get(label);
    if (firstLine !== undefined) {
      c.issue(
        `${label} is set twice in ${owner} (first on line ${firstLine}): expected it once; lparlint reads the first`,
        attributeLabelSpan(attribute),
      );
      continue;
    }
    firstSet.set(label, t.line + 1);
    attributes.push(attribute);
  }
}

/** Reads one `Name[@sys] = value`; on a syntax error reports it, skips the line, returns undefined. */
function parseAttribute(c: Cursor, owner: string): Attribute | undefined {
  const nameToken = c.next();
  const name = nameOf(nameToken);
  let system: Name | undefined;
  if (c.peek().kind === '@' && c.onLine(nameToken.line)) {
    const at = c.next();
    if (!isName(c.peek()) || !c.onLine(at.line)) {
      c.issue(`expected a system name after "${name.text}@" in ${owner} (as in ${name.text}@lpar101 = ...)`, at.span);
      c.skipLine(at.line);
      return undefined;
    }
    system = nameOf(c.next());
  }
  const named = system ? { name, system } : { name };
  const label = attributeLabel(named);
  const eq = c.peek();
  if (eq.kind !== '=' || !c.onLine(nameToken.line)) {
    if (c.onLine(nameToken.line)) c.issue(`expected "=" after ${label} in ${owner}, found ${c.describe(eq)}`, eq.span);
    else c.issue(`expected "=" and a value after ${label} in ${owner}`, attributeLabelSpan(named));
    c.skipLine(nameToken.line);
    return undefined;
  }
  c.next();
  const where = `${label} in ${owner}`;
  const value = parseValue(c, where, eq);
  if (!value) return undefined;
  const end = c.last;
  if (c.onLine(end.line) && c.peek().kind !== ')') {
    c.issue(
      `unexpected ${c.describe(c.peek())} after the value of ${where}: expected the end of the line (a value that holds blanks or commas must be quoted)`,
      c.peek().span,
    );
    c.skipLine(end.line);
  }
  return { name, ...(system ? { system } : {}), value, span: { start: name.span.start, end: value.span.end } };
}

/**
 * The value after `=`; it starts on the line of the `=`, a `{ }` list may continue on later lines.
 * `where` names the attribute and its definition in messages: `VIOSName@lpar101 in resource lpar05_res`.
 */
function parseValue(c: Cursor, where: string, eq: Token): Value | undefined {
  const t = c.peek();
  if (!c.onLine(eq.line)) {
    c.issue(`expected a value after the "=" of ${where}`, eq.span);
    return undefined;
  }
  if (isName(t)) return scalarOf(c.next());
  if (t.kind === '{') return parseBraces(c, where);
  c.issue(`expected a value after the "=" of ${where}, found ${c.describe(t)}`, t.span);
  c.skipLine(t.line);
  return undefined;
}

interface Element {
  readonly key: Scalar;
  readonly value?: Scalar;
}

/**
 * Reads `{ a, b }` (vector, keylist) or `{ k = v, ... }` (association); the cursor is at the `{`.
 * hacf writes items separated by `, `; a missing comma is accepted (nothing documents it as an
 * error). A `}` that is missing ends the list at a `)`, at the next definition, or at a line that
 * starts a new attribute.
 */
function parseBraces(c: Cursor, where: string): Value {
  const open = c.next();
  const elements: Element[] = [];
  let end = open.span.end;
  for (;;) {
    const t = c.peek();
    if (t.kind === '}') {
      end = c.next().span.end;
      break;
    }
    if (t.kind === ',') {
      end = c.next().span.end;
      continue;
    }
    if (t.kind === 'eof' || t.kind === ')' || t.kind === '(' || (t.lineStart && (c.startsDefinition() || startsNextAttribute(c, elements)))) {
      c.issue(`unclosed "{": expected "}" to end the value of ${where}`, open.span);
      break;
    }
    if (!isName(t)) {
      c.issue(`unexpected ${c.describe(t)} in the value of ${where}: expected an item, "," or "}"`, t.span);
      end = c.next().span.end;
      continue;
    }
    const key = scalarOf(c.next());
    end = key.span.end;
    if (c.peek().kind !== '=') {
      elements.push({ key });
      continue;
    }
    const eq = c.next();
    end = eq.span.end;
    if (!isName(c.peek())) {
      c.issue(`expected a value after "${key.value} =" in the value of ${where}`, eq.span);
      continue;
    }
    const value = scalarOf(c.next());
    end = value.span.end;
    elements.push({ key, value });
  }
  return shapeOf(c, where, elements, { start: open.span.start, end });
}

/**
 * True at a line that starts the next attribute: `Name@sys`, `Name = {`, or `Name =` unless it
 * continues an association whose previous line ended with "," (or "{").
 */
function startsNextAttribute(c: Cursor, elements: readonly Element[]): boolean {
  if (c.peek().kind !== 'word') return false;
  const after = c.peek(1).kind;
  if (after === '@') return true;
  if (after !== '=') return false;
  const continues = (c.last.kind === ',' || c.last.kind === '{') && elements.every((e) => e.value) && c.peek(2).kind !== '{';
  return !continues;
}

/** A list when no item has `= value`, else an association whose items without one are reported. */
function shapeOf(c: Cursor, where: string, elements: readonly Element[], span: { start: number; end: number }): Value {
  if (elements.every((e) => !e.value)) return { kind: 'list', items: elements.map((e) => e.key), span };
  const entries: { key: Scalar; value: Scalar }[] = [];
  for (const { key, value } of elements) {
    if (value) entries.push({ key, value });
    else c.issue(`expected "= value" after ${key.value} in the value of ${where}: the other items of this association have values`, key.span);
  }
  return { kind: 'association', entries, span };
}
