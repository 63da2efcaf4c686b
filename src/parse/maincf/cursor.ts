import type { Span } from '../../core/span.js';
import type { MainCfIssue, Name, Scalar } from './ast.js';
import type { MainCfLexer, Token } from './lex.js';

/** Keywords that start a top-level definition of main.cf. */
export const DEFINITION_KEYWORDS = ['include', 'cluster', 'system', 'group', 'type', 'requires'] as const;

/**
 * Definitions of a global cluster (GCO) main.cf that lparlint has no use for: parsed like `system`
 * and dropped. From background knowledge of hacf dumps, not re-verified (vcs-lpar-agent.md §5 lists
 * no GCO syntax); reading them keeps such files free of false syntax findings.
 */
export const SKIPPED_KEYWORDS = ['remotecluster', 'heartbeat'] as const;

const KEYWORDS = new Set<string>([...DEFINITION_KEYWORDS, ...SKIPPED_KEYWORDS]);

/**
 * A position in the token stream, with the issues found so far. Only the tokens looked ahead at
 * and the one read last are held. Reading past the end stays at `eof`.
 */
export class Cursor {
  /** The next tokens, read from the lexer as `peek` asks for them; the last one may be `eof`. */
  private readonly ahead: Token[] = [];
  private previous: Token | undefined;
  readonly issues: MainCfIssue[] = [];

  constructor(
    private readonly source: string,
    private readonly lexer: MainCfLexer,
  ) {}

  peek(ahead = 0): Token {
    while (this.ahead.length <= ahead && this.ahead.at(-1)?.kind !== 'eof') this.ahead.push(this.lexer.next());
    return this.ahead[Math.min(ahead, this.ahead.length - 1)] as Token;
  }

  next(): Token {
    const token = this.peek();
    if (token.kind !== 'eof') this.previous = this.ahead.shift();
    return token;
  }

  /** The token read last (the first token before anything is read). */
  get last(): Token {
    return this.previous ?? this.peek();
  }

  /** True when the next token (after `ahead` more) is on `line`; never for the end of the file. */
  onLine(line: number, ahead = 0): boolean {
    const token = this.peek(ahead);
    return token.kind !== 'eof' && token.line === line;
  }

  issue(message: string, span: Span): void {
    this.issues.push({ message, span });
  }

  /** Skips what is left of `line`, stopping before a `)` that may close the enclosing block. */
  skipLine(line: number): void {
    while (this.onLine(line) && this.peek().kind !== ')') this.next();
  }

  /**
   * True when the next token starts a definition rather than continuing a block: a keyword and a
   * name, `Type name (`, or `a requires b`. A block whose `)` is missing ends there, so the
   * definitions after it are still read.
   */
  startsDefinition(): boolean {
    const first = this.peek();
    const second = this.peek(1);
    if (first.kind !== 'word' || !isName(second) || second.line !== first.line) return false;
    return KEYWORDS.has(first.text) || this.peek(2).kind === '(' || (second.kind === 'word' && second.text === 'requires');
  }

  /** How a message shows a token: `"lpar05"`, `")"`, `the end of the file`. */
  describe(token: Token): string {
    if (token.kind === 'eof') return 'the end of the file';
    if (token.kind === 'string') {
      const raw = this.source.slice(token.span.start, token.span.end);
      return raw.length > 40 ? `${raw.slice(0, 39)}…` : raw;
    }
    const code = token.text.codePointAt(0) ?? 0;
    const shown = `"${token.text}"`;
    if (code > 0x20 && code < 0x7f) return shown;
    const codePoint = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
    // A control character printed as it is would garble the report line (a NUL, a carriage
    // return, an escape sequence); its code point alone says what it is.
    return /\p{Cc}/u.test(token.text) ? codePoint : `${shown} (${codePoint})`;
  }
}

/** A token that can be a name or a value: a bare word or a quoted string. */
export function isName(token: Token): boolean {
  return token.kind === 'word' || token.kind === 'string';
}

export function nameOf(token: Token): Name {
  return { text: token.text, span: token.span };
}

export function scalarOf(token: Token): Scalar {
  return { kind: 'scalar', value: token.text, quoted: token.kind === 'string', span: token.span };
}
