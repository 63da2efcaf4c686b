import type { Span } from '../src/core/span.js';
import { replace } from '../src/fix/edits.js';
import type { Pair, ProfileDocument, Token } from '../src/parse/profile/document.js';
import { defineRule } from '../src/lint/rule.js';

/**
 * Blanks around `,` and `=` and at the ends of the record. A blank after a separating comma is known
 * to be tolerated by chsyscfg (op-test sends `name=X, vtpm_enabled=1`), but whether the HMC strips
 * blanks around `=` or at the ends is UNCERTAIN (hmc-attributes.md §1.3): a warning. Blanks inside
 * a value (`os_version=AIX 7.1`) are part of the value and legal. Blanks that belong to a line break
 * (the indentation after a wrapped line) are the single-line rule's.
 */
export default defineRule({
  meta: {
    id: 'whitespace',
    description: 'Blanks around "," or "=", or at the start or end of the record.',
    severity: 'warning',
    fixable: 'safe',
  },
  check(context) {
    const { document } = context;
    for (const blank of [...blanksBetweenPairs(document), ...blanksInsidePairs(document)]) {
      const text = document.source.slice(blank.span.start, blank.span.end);
      context.report({
        message: `${describeBlanks(text)} ${blank.place}; expected ${blank.expected} (whether the HMC strips such blanks is not documented)`,
        attribute: blank.attribute,
        span: blank.span,
        fix: { description: 'remove the blanks', safe: true, edits: [replace(blank.span, '')] },
      });
    }
  },
});

interface Blank {
  readonly span: Span;
  /** Where the blanks are, in words. */
  readonly place: string;
  readonly expected: string;
  readonly attribute: string | null;
}

const SEPARATED = 'attribute=value pairs separated by a bare ","';

function isBlank(c: string | undefined): boolean {
  return c === ' ' || c === '\t';
}

/** Blank runs between the record's tokens: at the ends of the record and around its commas. */
function blanksBetweenPairs(document: ProfileDocument): Blank[] {
  const tokens = document.tokens;
  const out: Blank[] = [];
  tokens.forEach((token, at) => {
    if (!isBlankTrivia(token)) return;
    const before = significant(tokens, at, -1);
    const after = significant(tokens, at, 1);
    out.push({ span: token.span, ...describePlace(before && keyOf(document, before), after && keyOf(document, after), before, after) });
  });
  return out;
}

/** The blank's place in words, named after the attribute next to it (null next to a stray piece). */
function describePlace(
  beforeKey: string | undefined,
  afterKey: string | undefined,
  before: Token | undefined,
  after: Token | undefined,
): Omit<Blank, 'span'> {
  const named = (prefix: string, key: string | undefined): string => (key ? prefix + key : '');
  if (!before) {
    return { place: `at the start of the record${named(', before ', afterKey)}`, expected: 'the record to start with its first attribute', attribute: afterKey ?? null };
  }
  if (!after) {
    return { place: `at the end of the record${named(', after ', beforeKey)}`, expected: 'the record to end with its last value', attribute: beforeKey ?? null };
  }
  if (after.kind === 'separator') return { place: `before the comma${named(' after ', beforeKey)}`, expected: SEPARATED, attribute: beforeKey ?? null };
  if (before.kind === 'separator') return { place: `after the comma${named(' before ', afterKey)}`, expected: SEPARATED, attribute: afterKey ?? null };
  return { place: 'between two parts of the record', expected: SEPARATED, attribute: beforeKey ?? afterKey ?? null };
}

function isBlankTrivia(token: Token): boolean {
  return token.kind === 'trivia' && [...token.text].every(isBlank);
}

/** The nearest token in direction `step` that is part of the record: not a blank, break or BOM. */
function significant(tokens: readonly Token[], at: number, step: 1 | -1): Token | undefined {
  for (let i = at + step; i >= 0 && i < tokens.length; i += step) {
    const t = tokens[i]!;
    if (t.kind !== 'break' && t.kind !== 'bom' && !isBlankTrivia(t)) return t;
  }
  return undefined;
}

function keyOf(document: ProfileDocument, token: Token): string | undefined {
  return token.kind === 'pair' ? document.pairs.find((p) => p.span.start === token.span.start)?.key : undefined;
}

/** A place inside a pair where blanks may sit, and how messages name it for key `k`. */
interface PairGap {
  readonly from: (pair: Pair) => number;
  readonly to: (pair: Pair) => number;
  readonly words: (k: string) => { readonly place: string; readonly expected: string };
}

/** In file order. Messages are worded only for the rare gap that holds blanks. */
const PAIR_GAPS: readonly PairGap[] = [
  {
    from: (pair) => pair.span.start,
    to: (pair) => pair.keySpan.start,
    words: (k) => ({ place: `between the opening quote and ${k}`, expected: `the quote right before ${k}` }),
  },
  {
    from: (pair) => pair.keySpan.end,
    to: (pair) => pair.equalsSpan.start,
    words: (k) => ({ place: `between ${k} and "="`, expected: `${k}=… with no blank around "="` }),
  },
  {
    from: (pair) => pair.equalsSpan.end,
    to: (pair) => pair.valueSpan.start,
    words: (k) => ({ place: `between "=" and the value of ${k}`, expected: `${k}=… with no blank around "="` }),
  },
  {
    from: (pair) => pair.valueSpan.end,
    to: (pair) => pair.span.end,
    words: (k) => ({ place: `after the value of ${k}`, expected: 'the closing quote right after the value' }),
  },
];

/**
 * Blank runs inside each pair: between its opening quote and the key, around `=`, and after the
 * value. The parser keeps the key and value spans trimmed, so these are the gaps between them.
 */
function blanksInsidePairs(document: ProfileDocument): Blank[] {
  const out: Blank[] = [];
  for (const pair of document.pairs) {
    for (const gap of PAIR_GAPS) {
      const runs = blankRuns(document, gap.from(pair), gap.to(pair));
      if (runs.length === 0) continue;
      const words = gap.words(pair.key);
      for (const span of runs) out.push({ span, ...words, attribute: pair.key });
    }
  }
  return out;
}

/** Runs of blanks in [from, to), leaving out line breaks and the indentation they hold. */
function blankRuns(document: ProfileDocument, from: number, to: number): Span[] {
  const runs: Span[] = [];
  if (to <= from) return runs;
  let start = -1;
  for (let i = from; i <= to; i++) {
    const inBreak = document.breaks.some((b) => b.span.start <= i && i < b.span.end);
    const blank = i < to && !inBreak && isBlank(document.source[i]);
    if (blank && start < 0) start = i;
    if (!blank && start >= 0) {
      runs.push({ start, end: i });
      start = -1;
    }
  }
  return runs;
}

function describeBlanks(text: string): string {
  const tabs = [...text].filter((c) => c === '\t').length;
  if (tabs === 0) return text.length === 1 ? 'a space' : `${text.length} spaces`;
  if (tabs === text.length) return tabs === 1 ? 'a tab' : `${tabs} tabs`;
  return `${text.length} blanks (spaces and tabs)`;
}
