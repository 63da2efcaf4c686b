import type { Fix } from '../src/core/diagnostic.js';
import type { Span } from '../src/core/span.js';
import { replace } from '../src/fix/edits.js';
import type { ProfileDocument } from '../src/parse/profile/document.js';
import { pairAt, pairBefore } from '../src/parse/profile/pair-at.js';
import { defineRule, type RuleContext } from '../src/lint/rule.js';

/**
 * The profile is HMC configuration data: ASCII text. The HMC rejects non-ASCII descriptions
 * (HSCLC63B) and accented characters in profile names (hmc-attributes.md §2.1), and reads only the
 * plain `"` as a quote (§1.1). Typographic quotes, dashes and non-breaking spaces come from copying
 * the procedure out of a browser or word processor; CR line ends and a byte-order mark from Windows
 * editors. Runs of one kind of problem are reported once.
 */
export default defineRule({
  meta: {
    id: 'encoding',
    description: 'The file is not plain ASCII text: byte-order mark, CR line ends, typographic quotes or dashes, control characters, invalid UTF-8 or UTF-16.',
    severity: 'error',
    fixable: 'both',
  },
  check(context) {
    const { document } = context;
    if (looksUtf16(document.source)) {
      reportUtf16(context);
      return;
    }
    if (document.source.charCodeAt(0) === BOM) reportBom(context);
    for (const run of problemRuns(document)) reportRun(context, run);
  },
});

const BOM = 0xfeff;

type Kind = 'doubleQuote' | 'singleQuote' | 'dash' | 'space' | 'invisible' | 'crlf' | 'tab' | 'control' | 'invalid' | 'nonAscii';

interface KindInfo {
  readonly one: string;
  readonly many: string;
  /** How the characters are named: glyph and code point, code point only (blanks, invisible), or not at all. */
  readonly show: 'glyph' | 'code' | 'none';
  readonly expected: string;
  /** What each character becomes under the fix; `safe` is false where it may change a value the admin meant. */
  readonly fix?: { readonly replacement: string; readonly description: string; readonly safe: boolean };
  readonly suggestion?: (path: string) => string;
}

const KINDS: Record<Kind, KindInfo> = {
  doubleQuote: {
    one: 'typographic double quote',
    many: 'typographic double quotes',
    show: 'glyph',
    expected: 'a plain double quote " (U+0022), the only quote the HMC reads as a quote',
    fix: { replacement: '"', description: 'replace with the plain double quote "', safe: true },
  },
  singleQuote: {
    one: 'typographic single quote',
    many: 'typographic single quotes',
    show: 'glyph',
    expected: "a plain apostrophe ' (U+0027)",
    fix: { replacement: "'", description: "replace with the plain apostrophe '", safe: true },
  },
  dash: {
    one: 'typographic dash',
    many: 'typographic dashes',
    show: 'glyph',
    expected: 'a plain hyphen-minus - (U+002D)',
    fix: { replacement: '-', description: 'replace with the plain hyphen-minus -', safe: true },
  },
  space: {
    one: 'special space',
    many: 'special spaces',
    show: 'code',
    expected: 'a plain space (U+0020)',
    fix: { replacement: ' ', description: 'replace with a plain space', safe: true },
  },
  invisible: {
    one: 'invisible character',
    many: 'invisible characters',
    show: 'code',
    expected: 'nothing there: it cannot be seen, but the HMC reads it as part of the text',
    fix: { replacement: '', description: 'remove the invisible characters', safe: true },
  },
  crlf: {
    one: 'carriage return U+000D of a Windows (CRLF) line end',
    many: 'carriage returns U+000D before a line end',
    show: 'none',
    expected: 'Unix line ends (LF only): on the HMC a CR may be read as part of the last value',
    fix: { replacement: '', description: 'remove the carriage return', safe: true },
  },
  tab: {
    one: 'tab',
    many: 'tabs',
    show: 'none',
    expected: 'a space: the HMC keeps a tab as part of the name or value',
    fix: { replacement: ' ', description: 'replace with a space', safe: false },
  },
  control: {
    one: 'control character',
    many: 'control characters',
    show: 'code',
    expected: 'printable text: a profile has no use for control characters',
    suggestion: (path) => `delete the control characters; "cat -v ${path}" shows where they are`,
  },
  invalid: {
    one: 'byte sequence that is not valid UTF-8 (decoded as U+FFFD)',
    many: 'byte sequences that are not valid UTF-8 (decoded as U+FFFD)',
    show: 'none',
    expected: 'ASCII text',
    suggestion: (path) =>
      `find the lines with grep -naxv '.*' ${path} (in a UTF-8 locale) and retype those characters in ASCII; word processors often save typographic quotes in Windows-1252`,
  },
  nonAscii: {
    one: 'non-ASCII character',
    many: 'non-ASCII characters',
    show: 'glyph',
    expected: 'ASCII characters only: HMC names allow no accented characters',
    suggestion: () => 'retype it with ASCII characters',
  },
};

const DOUBLE_QUOTES = new Set([0x201c, 0x201d, 0x201e, 0x201f, 0x2033]);
const SINGLE_QUOTES = new Set([0x2018, 0x2019, 0x201a, 0x201b, 0x2032]);
const DASHES = new Set([0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212]);
const SPACES = new Set([0x00a0, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x202f, 0x205f, 0x3000]);
const INVISIBLE = new Set([0x00ad, 0x200b, 0x200c, 0x200d, 0x2060, BOM]);

interface Run {
  readonly kind: Kind;
  readonly span: Span;
  readonly chars: readonly string[];
}

/** Maximal runs of adjacent characters with the same kind of problem. */
function problemRuns(document: ProfileDocument): Run[] {
  const source = document.source;
  const runs: Run[] = [];
  let open: { kind: Kind; start: number; chars: string[] } | undefined;
  const close = (end: number): void => {
    if (open) runs.push({ kind: open.kind, span: { start: open.start, end }, chars: open.chars });
    open = undefined;
  };
  let i = source.charCodeAt(0) === BOM ? 1 : 0;
  while (i < source.length) {
    if (isPlainAscii(source.charCodeAt(i))) {
      // Nearly every character of a file: passed over in one search (classify gives them no kind).
      close(i);
      NOT_PLAIN_ASCII.lastIndex = i;
      i = NOT_PLAIN_ASCII.exec(source)?.index ?? source.length;
      continue;
    }
    const char = String.fromCodePoint(source.codePointAt(i)!);
    const kind = classify(document, i, char);
    if (open && open.kind !== kind) close(i);
    if (kind) {
      open ??= { kind, start: i, chars: [] };
      open.chars.push(char);
    }
    i += char.length;
  }
  close(source.length);
  return runs;
}

function classify(document: ProfileDocument, at: number, char: string): Kind | undefined {
  const cp = char.codePointAt(0)!;
  if (cp === 0x0d) return endsLine(document.source, at) ? 'crlf' : 'control';
  if (cp === 0x09) return inNameOrValue(document, at) ? 'tab' : undefined;
  if (isPlainAscii(cp)) return undefined;
  if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f)) return 'control';
  if (DOUBLE_QUOTES.has(cp)) return 'doubleQuote';
  if (SINGLE_QUOTES.has(cp)) return 'singleQuote';
  if (DASHES.has(cp)) return 'dash';
  if (SPACES.has(cp)) return 'space';
  if (INVISIBLE.has(cp)) return 'invisible';
  if (cp === 0xfffd) return 'invalid';
  return 'nonAscii';
}

/** The next character that is not LF or printable ASCII (see isPlainAscii). */
const NOT_PLAIN_ASCII = /[^\n\x20-\x7e]/g;

/** LF and printable ASCII: never a problem. */
function isPlainAscii(code: number): boolean {
  return code === 0x0a || (code >= 0x20 && code < 0x7f);
}

/** True for a CR (or a run of them) followed by LF: a Windows line end rather than a stray CR. */
function endsLine(source: string, at: number): boolean {
  let i = at;
  while (source[i] === '\r') i++;
  return source[i] === '\n';
}

/**
 * A tab inside a name or value is kept by the HMC; elsewhere it is a blank around `,` or `=` (the
 * whitespace rule's) or indentation after a line break (the single-line rule's).
 */
function inNameOrValue(document: ProfileDocument, at: number): boolean {
  if (document.breaks.some((b) => b.span.start <= at && at < b.span.end)) return false;
  const within = (s: Span): boolean => s.start <= at && at < s.end;
  return document.pairs.some((p) => within(p.keySpan) || within(p.valueSpan));
}

function reportRun(context: RuleContext, run: Run): void {
  const info = KINDS[run.kind];
  const distinct = [...new Set(run.chars)].map((c) => (info.show === 'glyph' ? `${c} (${codePoint(c)})` : codePoint(c)));
  const what = run.chars.length === 1 ? info.one : `${run.chars.length} ${info.many}`;
  const shown = info.show === 'none' ? '' : ` ${distinct.join(', ')}`;
  const place = placeOf(context.document, run.span.start);
  const fix: Fix | undefined = info.fix && {
    description: info.fix.description,
    safe: info.fix.safe,
    edits: [replace(run.span, info.fix.replacement.repeat(run.chars.length))],
  };
  context.report({
    message: `${what}${shown}${place.text}; expected ${info.expected}`,
    attribute: place.attribute,
    span: run.span,
    ...(fix ? { fix } : {}),
    ...(info.suggestion ? { suggestion: info.suggestion(context.path) } : {}),
  });
}

/** The attribute a character belongs to or follows, named as the admin means it. */
function placeOf(document: ProfileDocument, at: number): { text: string; attribute: string | null } {
  const inside = pairAt(document, at);
  if (inside) return { text: ` in ${readable(inside.key)}`, attribute: readable(inside.key) };
  const before = pairBefore(document, at);
  return before ? { text: ` after ${readable(before.key)}`, attribute: readable(before.key) } : { text: '', attribute: null };
}

/** A key without the non-ASCII characters being reported in it (`“virtual_scsi_adapters`). */
function readable(key: string): string {
  return key.replace(/[^\x21-\x7e]/g, '') || key;
}

function codePoint(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

function reportBom(context: RuleContext): void {
  const first = context.document.pairs[0];
  context.report({
    message: `byte-order mark ${codePoint('\uFEFF')} at the start of the file${first ? `, before ${readable(first.key)}` : ''}; expected plain ASCII text without a byte-order mark, which the HMC would read as part of the first attribute name`,
    attribute: first ? readable(first.key) : null,
    span: { start: 0, end: 1 },
    fix: { description: 'remove the byte-order mark', safe: true, edits: [replace({ start: 0, end: 1 }, '')] },
  });
}

/** Two U+FFFD: the UTF-16 byte-order mark FF FE or FE FF, neither of which is valid UTF-8. */
const UTF16_BOM_READ_AS_UTF8 = '\uFFFD\uFFFD';

/**
 * UTF-16 text read as UTF-8: every ASCII character comes with a NUL, all at odd or all at even
 * offsets (a NUL-padded file has them at both). One finding for the file, not one per character:
 * nothing else in it can be read.
 */
function looksUtf16(source: string): boolean {
  const head = source.slice(source.startsWith(UTF16_BOM_READ_AS_UTF8) ? UTF16_BOM_READ_AS_UTF8.length : 0).slice(0, 400);
  if (head.length < 4) return false;
  const nuls = [0, 0];
  for (let i = 0; i < head.length; i++) if (head.charCodeAt(i) === 0) nuls[i % 2]!++;
  const half = Math.floor(head.length / 2);
  return Math.max(...nuls) >= half * 0.9 && Math.min(...nuls) <= half * 0.1;
}

function reportUtf16(context: RuleContext): void {
  const source = context.document.source;
  const marked = source.startsWith(UTF16_BOM_READ_AS_UTF8);
  const how = marked ? 'it starts with the UTF-16 byte-order mark and every other byte is NUL' : 'every other byte is NUL';
  context.report({
    message: `the file is UTF-16 encoded (${how}); expected a plain ASCII text file`,
    attribute: null,
    span: { start: 0, end: marked ? UTF16_BOM_READ_AS_UTF8.length : 1 },
    suggestion: `convert it: iconv -f UTF-16 -t ASCII ${context.path} > ${context.path}.ascii, then use that file`,
  });
}
