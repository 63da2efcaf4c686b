import type { Span } from '../../core/span.js';
import type { MainCfIssue } from './ast.js';

/**
 * `word`: a bare string or integer. `string`: a quoted string (its `text` unescaped). `other`: a
 * character that has no place in main.cf outside quotes (the parser reports it where it matters;
 * types.cf declarations such as `str ArgList[]` hold some and are skipped).
 */
export type TokenKind = 'word' | 'string' | '(' | ')' | '{' | '}' | '=' | ',' | '@' | 'other' | 'eof';

export interface Token {
  readonly kind: TokenKind;
  /** The bare word, the unescaped string content, or the character itself. */
  readonly text: string;
  /** The token in the source, a quoted string with its quotes. */
  readonly span: Span;
  /** 0-based line of the token's start. */
  readonly line: number;
  /** True for the first token of its line: recovery resumes at line starts. */
  readonly lineStart: boolean;
}

const PUNCTUATION = new Set(['(', ')', '{', '}', '=', ',', '@']);

/**
 * Characters of a bare (unquoted) string. The VCS guide allows letters, digits, `-` and `_` in a
 * string without quotes (vcs-lpar-agent.md §5, "Data types", vcs_admin ch03s05s01). Hand-written
 * main.cf files also hold unquoted paths, IP addresses and host names (`/configfile/x.cfg`,
 * `10.1.1.1`, `hmc1.example.com`); whether hacf takes those is not documented, so they are read
 * leniently as bare strings rather than reported: `.`, `/` and `:` join a word too.
 */
function isWordChar(c: string): boolean {
  return /[A-Za-z0-9_\-./:]/.test(c);
}

/**
 * Splits a main.cf (or included .cf) text into tokens. Never throws. `//` starts a comment to the
 * end of the line when it begins a token (hacf's dumps write `// resource dependency tree` blocks);
 * inside a bare word it is part of the word. A string takes `\"` and `\\` escapes (the guide's
 * only ones); it must close on its line, else it is reported and ends at the line end.
 */
export function lexMainCf(text: string): { tokens: Token[]; issues: MainCfIssue[] } {
  const tokens: Token[] = [];
  const issues: MainCfIssue[] = [];
  let line = 0;
  let lastTokenLine = -1;
  // A byte-order mark some editors write is not content.
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;

  const push = (kind: TokenKind, value: string, start: number, end: number): void => {
    tokens.push({ kind, text: value, span: { start, end }, line, lineStart: line !== lastTokenLine });
    lastTokenLine = line;
  };

  while (i < text.length) {
    const c = text.charAt(i);
    if (c === '\n') {
      line++;
      i++;
    } else if (c === ' ' || c === '\t' || c === '\r' || c === '\f' || c === '\v') {
      i++;
    } else if (c === '/' && text.charAt(i + 1) === '/') {
      while (i < text.length && text.charAt(i) !== '\n') i++;
    } else if (c === '"') {
      i = lexString(text, i, push, issues);
    } else if (PUNCTUATION.has(c)) {
      push(c as TokenKind, c, i, i + 1);
      i++;
    } else if (isWordChar(c)) {
      const start = i;
      while (i < text.length && isWordChar(text.charAt(i))) i++;
      push('word', text.slice(start, i), start, i);
    } else {
      // One UTF-16 unit would split a surrogate pair; take the whole code point.
      const width = (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
      push('other', text.slice(i, i + width), i, i + width);
      i += width;
    }
  }
  push('eof', '', text.length, text.length);
  return { tokens, issues };
}

/** Reads the string starting at the quote at `start`; returns the offset after it. */
function lexString(
  text: string,
  start: number,
  push: (kind: TokenKind, value: string, start: number, end: number) => void,
  issues: MainCfIssue[],
): number {
  let value = '';
  let i = start + 1;
  while (i < text.length) {
    const c = text.charAt(i);
    if (c === '"') {
      push('string', value, start, i + 1);
      return i + 1;
    }
    if (c === '\n' || (c === '\r' && text.charAt(i + 1) === '\n')) break;
    const next = text.charAt(i + 1);
    if (c === '\\' && (next === '"' || next === '\\')) {
      value += next;
      i += 2;
    } else {
      value += c;
      i++;
    }
  }
  issues.push({
    message: 'unterminated string: expected a closing " on the same line (write a quote inside a string as \\")',
    span: { start, end: i },
  });
  push('string', value, start, i);
  return i;
}
