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
 * Reads a main.cf (or included .cf) text token by token, on demand: the parser looks at most three
 * tokens ahead, so a whole file's token list (about 100,000 objects for a 1 MB main.cf, tens of MB
 * at once) is never held. Never throws; after the end it keeps returning `eof`. `//` starts a
 * comment to the end of the line when it begins a token (hacf's dumps write `// resource
 * dependency tree` blocks); inside a bare word it is part of the word. A string takes `\"` and `\\`
 * escapes (the guide's only ones); it must close on its line, else it is reported and ends at the
 * line end.
 */
export class MainCfLexer {
  /** Text problems found so far (unterminated strings), in order. */
  readonly issues: MainCfIssue[] = [];
  private line = 0;
  private lastTokenLine = -1;
  private i: number;

  constructor(private readonly text: string) {
    // A byte-order mark some editors write is not content.
    this.i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  }

  next(): Token {
    const text = this.text;
    while (this.i < text.length) {
      const i = this.i;
      const c = text.charAt(i);
      if (c === '\n') {
        this.line++;
        this.i++;
      } else if (c === ' ' || c === '\t' || c === '\r' || c === '\f' || c === '\v') {
        this.i++;
      } else if (c === '/' && text.charAt(i + 1) === '/') {
        const end = text.indexOf('\n', i);
        this.i = end === -1 ? text.length : end;
      } else if (c === '"') {
        return this.string(i);
      } else if (PUNCTUATION.has(c)) {
        this.i++;
        return this.token(c as TokenKind, c, i, i + 1);
      } else if (isWordChar(c)) {
        let end = i + 1;
        while (end < text.length && isWordChar(text.charAt(end))) end++;
        this.i = end;
        return this.token('word', text.slice(i, end), i, end);
      } else {
        // One UTF-16 unit would split a surrogate pair; take the whole code point.
        const width = (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
        this.i += width;
        return this.token('other', text.slice(i, i + width), i, i + width);
      }
    }
    return this.token('eof', '', text.length, text.length);
  }

  private token(kind: TokenKind, value: string, start: number, end: number): Token {
    const token = { kind, text: value, span: { start, end }, line: this.line, lineStart: this.line !== this.lastTokenLine };
    this.lastTokenLine = this.line;
    return token;
  }

  /**
   * The string starting at the quote at `start`. Runs without escapes are sliced whole: adding
   * one character at a time would build a chain of string pieces per value.
   */
  private string(start: number): Token {
    const text = this.text;
    let value = '';
    let from = start + 1;
    let i = from;
    while (i < text.length) {
      const c = text.charAt(i);
      if (c === '"') {
        this.i = i + 1;
        return this.token('string', value + text.slice(from, i), start, i + 1);
      }
      if (c === '\n' || (c === '\r' && text.charAt(i + 1) === '\n')) break;
      const next = text.charAt(i + 1);
      if (c === '\\' && (next === '"' || next === '\\')) {
        value += text.slice(from, i) + next;
        i += 2;
        from = i;
      } else {
        i++;
      }
    }
    this.issues.push({
      message: 'unterminated string: expected a closing " on the same line (write a quote inside a string as \\")',
      span: { start, end: i },
    });
    this.i = i;
    return this.token('string', value + text.slice(from, i), start, i);
  }
}
