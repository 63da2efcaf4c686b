import {
  ANY,
  DIGIT,
  NOT_LINE_END,
  SPACE,
  WORD,
  charSet,
  complement,
  foldCase,
  single,
  union,
  type CharSet,
} from './char-set.js';

/**
 * A small reader of JavaScript regular expression syntax (without the `u` and `v` flags, with
 * the web-compatibility grammar of ECMAScript Annex B that Node uses), just detailed enough for
 * the linear-time analysis: which characters each part consumes, how often it may repeat, and
 * how parts nest. It expects a source that `new RegExp` accepts and throws RegexSyntaxError for
 * anything it does not know rather than guess.
 */

/** One part of a sequence and how often it may repeat (`max` is Infinity for `*`, `+`, `{n,}`). */
export interface RegexTerm {
  readonly atom: RegexAtom;
  readonly min: number;
  readonly max: number;
  /** Where the term, quantifier included, is written in the source: [start, end). */
  readonly start: number;
  readonly end: number;
}

export type RegexAtom =
  /** One character of a set: a literal, `.`, a class or a class escape such as `\d`. */
  | { readonly kind: 'char'; readonly set: CharSet }
  /** `^` that matches only at the start of the text (no `m` flag). */
  | { readonly kind: 'start' }
  /** The other zero-width assertions: `$`, `\b`, `\B`, and `^` with the `m` flag. */
  | { readonly kind: 'assertion' }
  | { readonly kind: 'lookaround'; readonly behind: boolean; readonly body: RegexAlternatives }
  | { readonly kind: 'group'; readonly name?: string; readonly body: RegexAlternatives }
  /** `\1` ... `\9` and `\k<name>`. */
  | { readonly kind: 'backreference' };

export type RegexSequence = readonly RegexTerm[];
/** The alternatives of a pattern or group, split at its top-level `|`. */
export type RegexAlternatives = readonly RegexSequence[];

export interface ParsedRegex {
  readonly body: RegexAlternatives;
  /** The names of the named groups, in source order. */
  readonly groupNames: readonly string[];
}

export class RegexSyntaxError extends Error {
  constructor(
    message: string,
    /** The offset in the source where reading stopped. */
    readonly at: number,
  ) {
    super(message);
    this.name = 'RegexSyntaxError';
  }
}

export function parseRegex(source: string, flags: string): ParsedRegex {
  const unsupported = [...flags].find((flag) => flag === 'u' || flag === 'v');
  if (unsupported) throw new RegexSyntaxError(`the ${unsupported} flag is not supported`, 0);
  return new Reader(source, flags).read();
}

const QUANTIFIER = /\{(\d+)(,(\d*))?\}/y;
const HEX2 = /[0-9A-Fa-f]{2}/y;
const HEX4 = /[0-9A-Fa-f]{4}/y;
const ESCAPED_CODES: Readonly<Record<string, number>> = { t: 9, n: 10, v: 11, f: 12, r: 13 };
const CLASS_ESCAPES: Readonly<Record<string, CharSet>> = {
  d: DIGIT,
  D: complement(DIGIT),
  w: WORD,
  W: complement(WORD),
  s: SPACE,
  S: complement(SPACE),
};

/** A class item: its set, and its code when it is one character (a possible range end). */
interface ClassAtom {
  readonly set: CharSet;
  readonly code?: number;
}

class Reader {
  private pos = 0;
  private readonly groupNames: string[] = [];
  private readonly ignoreCase: boolean;
  private readonly multiline: boolean;
  private readonly dotAll: boolean;

  constructor(
    private readonly source: string,
    flags: string,
  ) {
    this.ignoreCase = flags.includes('i');
    this.multiline = flags.includes('m');
    this.dotAll = flags.includes('s');
  }

  read(): ParsedRegex {
    const body = this.alternatives();
    if (this.pos < this.source.length) this.fail(`unmatched ${this.source[this.pos]}`);
    return { body, groupNames: this.groupNames };
  }

  private alternatives(): RegexAlternatives {
    const alternatives = [this.sequence()];
    while (this.peek() === '|') {
      this.pos++;
      alternatives.push(this.sequence());
    }
    return alternatives;
  }

  private sequence(): RegexSequence {
    const terms: RegexTerm[] = [];
    for (let c = this.peek(); c !== undefined && c !== '|' && c !== ')'; c = this.peek()) terms.push(this.term());
    return terms;
  }

  private term(): RegexTerm {
    const start = this.pos;
    const atom = this.atom();
    const [min, max] = this.quantifier() ?? [1, 1];
    return { atom, min, max, start, end: this.pos };
  }

  /** `*`, `+`, `?`, `{n}`, `{n,}` or `{n,m}`, each maybe lazy; undefined when none follows. */
  private quantifier(): [number, number] | undefined {
    const c = this.peek();
    let bounds: [number, number] | undefined;
    if (c === '*') bounds = [0, Infinity];
    else if (c === '+') bounds = [1, Infinity];
    else if (c === '?') bounds = [0, 1];
    if (bounds) {
      this.pos++;
    } else {
      QUANTIFIER.lastIndex = this.pos;
      const braces = QUANTIFIER.exec(this.source);
      if (!braces) return undefined;
      this.pos = QUANTIFIER.lastIndex;
      const min = Number(braces[1]);
      bounds = [min, braces[2] === undefined ? min : braces[3] === '' ? Infinity : Number(braces[3])];
    }
    if (this.peek() === '?') this.pos++;
    return bounds;
  }

  private atom(): RegexAtom {
    const c = this.peek();
    switch (c) {
      case '^':
        this.pos++;
        return this.multiline ? { kind: 'assertion' } : { kind: 'start' };
      case '$':
        this.pos++;
        return { kind: 'assertion' };
      case '.':
        this.pos++;
        return this.char(this.dotAll ? ANY : NOT_LINE_END);
      case '(':
        return this.group();
      case '[':
        return this.char(this.characterClass());
      case '\\':
        return this.escape();
      case '*':
      case '+':
      case '?':
        return this.fail(`nothing to repeat before ${c}`);
      default:
        QUANTIFIER.lastIndex = this.pos;
        if (QUANTIFIER.test(this.source)) this.fail('nothing to repeat before {');
        this.pos++;
        return this.char(single(this.source.charCodeAt(this.pos - 1)));
    }
  }

  private char(set: CharSet): RegexAtom {
    return { kind: 'char', set: this.ignoreCase ? foldCase(set) : set };
  }

  private group(): RegexAtom {
    const open = this.pos;
    this.pos++;
    let atom: (body: RegexAlternatives) => RegexAtom = (body) => ({ kind: 'group', body });
    if (this.peek() === '?') {
      const kind = this.source.slice(this.pos, this.pos + 3);
      if (kind.startsWith('?:')) {
        this.pos += 2;
      } else if (kind.startsWith('?=') || kind.startsWith('?!')) {
        this.pos += 2;
        atom = (body) => ({ kind: 'lookaround', behind: false, body });
      } else if (kind === '?<=' || kind === '?<!') {
        this.pos += 3;
        atom = (body) => ({ kind: 'lookaround', behind: true, body });
      } else if (kind.startsWith('?<')) {
        const close = this.source.indexOf('>', this.pos);
        if (close < 0) this.fail('unterminated group name');
        const name = this.source.slice(this.pos + 2, close);
        this.groupNames.push(name);
        this.pos = close + 1;
        atom = (body) => ({ kind: 'group', name, body });
      } else {
        this.fail(`unsupported group (${kind}`);
      }
    }
    const body = this.alternatives();
    if (this.peek() !== ')') this.fail('unterminated group', open);
    this.pos++;
    return atom(body);
  }

  private escape(): RegexAtom {
    const at = this.pos;
    const c = this.source[at + 1];
    if (c === undefined) this.fail('\\ at end of pattern');
    const known = CLASS_ESCAPES[c];
    if (known) {
      this.pos += 2;
      return this.char(known);
    }
    if (c === 'b' || c === 'B') {
      this.pos += 2;
      return { kind: 'assertion' };
    }
    if (/[1-9]/.test(c) || (c === 'k' && this.source[at + 2] === '<')) {
      // Where no such group exists, Annex B reads `\1` as an octal escape; a backreference or not,
      // it is refused, so there is no need to tell which.
      const reference = c === 'k' ? /\\k<[^>]*>?/y : /\\\d+/y;
      reference.lastIndex = at;
      reference.exec(this.source);
      this.pos = reference.lastIndex;
      return { kind: 'backreference' };
    }
    return this.char(single(this.characterEscape()));
  }

  /** A `\` escape that stands for one character, inside or outside a class; moves past it. */
  private characterEscape(inClass = false): number {
    const c = this.source[this.pos + 1] as string;
    const known = ESCAPED_CODES[c];
    if (known !== undefined) {
      this.pos += 2;
      return known;
    }
    if (c === 'x' || c === 'u') {
      const digits = c === 'x' ? HEX2 : HEX4;
      digits.lastIndex = this.pos + 2;
      const hex = digits.exec(this.source);
      // Without its hex digits, `\x` and `\u` are the letters themselves (Annex B).
      this.pos = hex ? digits.lastIndex : this.pos + 2;
      return hex ? parseInt(hex[0], 16) : c.charCodeAt(0);
    }
    if (c === 'c') {
      const letter = this.source[this.pos + 2] ?? '';
      const control = inClass ? /[A-Za-z0-9_]/ : /[A-Za-z]/;
      if (control.test(letter)) {
        this.pos += 3;
        return letter.charCodeAt(0) % 32;
      }
      // `\c` without a control letter is a backslash, and the `c` is read as itself next.
      this.pos += 1;
      return 0x5c;
    }
    if (/[0-7]/.test(c)) {
      // `\0` and, in Annex B, legacy octal escapes up to \377.
      const octal = /[0-7]{1,3}/y;
      octal.lastIndex = this.pos + 1;
      let digits = (octal.exec(this.source) as RegExpExecArray)[0];
      if (parseInt(digits, 8) > 0o377) digits = digits.slice(0, 2);
      this.pos += 1 + digits.length;
      return parseInt(digits, 8);
    }
    if (inClass && c === 'b') {
      this.pos += 2;
      return 8;
    }
    // An identity escape: `\.` is a dot, `\/` a slash, `\8` the digit 8.
    this.pos += 2;
    return c.charCodeAt(0);
  }

  private characterClass(): CharSet {
    const open = this.pos;
    this.pos++;
    const negated = this.peek() === '^';
    if (negated) this.pos++;
    const sets: CharSet[] = [];
    for (;;) {
      const c = this.peek();
      if (c === undefined) this.fail('unterminated character class', open);
      if (c === ']') break;
      const first = this.classAtom();
      if (this.peek() === '-' && this.source[this.pos + 1] !== ']' && this.pos + 1 < this.source.length) {
        this.pos++;
        const last = this.classAtom();
        // `[a-\d]` is no range in Annex B: the three parts stand for themselves.
        if (first.code !== undefined && last.code !== undefined) sets.push(charSet([[first.code, last.code]]));
        else sets.push(first.set, single(0x2d), last.set);
      } else {
        sets.push(first.set);
      }
    }
    this.pos++;
    const set = union(...sets);
    return negated ? complement(set) : set;
  }

  private classAtom(): ClassAtom {
    if (this.peek() !== '\\') {
      const code = this.source.charCodeAt(this.pos);
      this.pos++;
      return { set: single(code), code };
    }
    const c = this.source[this.pos + 1];
    if (c === undefined) this.fail('\\ at end of pattern');
    const known = CLASS_ESCAPES[c];
    if (known) {
      this.pos += 2;
      return { set: known };
    }
    const code = this.characterEscape(true);
    return { set: single(code), code };
  }

  private peek(): string | undefined {
    return this.source[this.pos];
  }

  private fail(message: string, at = this.pos): never {
    throw new RegexSyntaxError(message, at);
  }
}
