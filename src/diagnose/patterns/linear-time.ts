import { EMPTY, intersects, union, type CharSet } from './char-set.js';
import { parseRegex, RegexSyntaxError, type RegexAlternatives, type RegexSequence, type RegexTerm } from './regex-syntax.js';

/**
 * Whether a pattern can be searched for in a log line in time linear in the line's length.
 * JavaScript matches by backtracking, and a pattern of the wrong shape takes exponential or
 * quadratic time on a long line that almost matches: a 1 MB message would stop `diagnose` cold.
 * A static check over the pattern's source, deliberately conservative: it may refuse a pattern
 * that is in fact fast, never the other way round for the shapes below. The rules, in the order
 * they are checked ("repeating" means a maximum above 1: `*`, `+`, `{2}`, `{1,5}`, `{3,}`;
 * "quantified" means any quantifier, `?` included; "unbounded" means no maximum: `*`, `+`, `{n,}`):
 *
 * 1. No backreference (`\1` to `\9`, `\k<name>`): matching them is not even regular.
 * 2. No nested quantifiers: a repeating group holds no quantified part at any depth, as in
 *    `(a+)+`, `(a*)*`, `(\d?){3}`, `(.*a){2}`: the text can be split between the inner and outer
 *    repetitions in exponentially many ways.
 * 3. No ambiguous alternatives in a repeating group: in every alternation inside it (its own and
 *    nested ones), the alternatives start with pairwise disjoint characters and none can match
 *    the empty string, so `(a|aa)+`, `(\w|\d)+` and `(a|)+` are refused and `(a|b)+` is not.
 * 4. No unbounded part inside a lookaround (`(?=.*x)`): a lookaround is tried afresh at every
 *    position of the line, so a scan inside it is quadratic.
 * 5. Every unbounded part is guarded. A search tries the pattern at every position of the line,
 *    so an unbounded part reached from many positions (`.*x`, `\S+ was not found`, `[^:]*:`)
 *    scans the rest of the line from each of them: quadratic. An unbounded part is accepted when
 *    (a) all that follows it to the end of the pattern can match the empty string and holds no
 *    assertion, so that once reached the match succeeds (`HSCL\d{4} (?<text>.*)`), or
 *    (b) on every way through the fixed-width stretch right before it (the single characters
 *    since the last part of variable width, or since the start of the pattern), one character
 *    cannot be one the unbounded part consumes, or a `^` anchors the stretch at the start of the
 *    text: `named (?<name>\S+) was` (a blank never is `\S`), `HSCL\d+`, `^.*x`. Two entries into
 *    the part then scan the same characters only when they lie closer than that stretch is long.
 *
 * Flags: `i` widens the character sets by case folding; `s` makes `.` match everything; with `m`,
 * `^` no longer anchors (rule 5b). The `u` and `v` flags are refused: their syntax is not read.
 */
export type RegexVerdict = { readonly safe: true } | { readonly safe: false; readonly reason: string };

export function isLinearTimeSafe(source: string, flags = ''): RegexVerdict {
  try {
    new RegExp(source, flags);
  } catch (error) {
    return unsafe(`it is not a valid regular expression: ${(error as Error).message}`);
  }
  let body: RegexAlternatives;
  try {
    body = parseRegex(source, flags).body;
  } catch (error) {
    if (!(error instanceof RegexSyntaxError)) throw error;
    return unsafe(`lparlint cannot analyse it (${error.message} at character ${error.at + 1}), so cannot tell that it runs in linear time`);
  }
  const text = (term: RegexTerm): string => source.slice(term.start, term.end);
  const problem = structureProblem(body, text) ?? walkAlternatives(body, [[]], true, text).problem;
  return problem === undefined ? { safe: true } : unsafe(problem);
}

function unsafe(reason: string): RegexVerdict {
  return { safe: false, reason };
}

type Show = (term: RegexTerm) => string;

const ALMOST = 'a line that almost matches';

/** Rules 1 to 4, over every term at every depth. */
function structureProblem(alternatives: RegexAlternatives, show: Show): string | undefined {
  for (const term of terms(alternatives)) {
    const { atom } = term;
    if (atom.kind === 'backreference') {
      return `${show(term)} is a backreference, which can make matching take exponential time; write the repeated text out instead`;
    }
    if (atom.kind !== 'group' && atom.kind !== 'lookaround') continue;
    if (term.max > 1) {
      const inner = terms(atom.body).find((t) => t.min !== 1 || t.max !== 1);
      if (inner) {
        return (
          `${show(term)} repeats a group that holds the quantifier ${show(inner)}: nested quantifiers can take exponential time ` +
          `on ${ALMOST}; quantify the inner part or the group, not both`
        );
      }
      const ambiguous = ambiguousAlternatives(atom.body, show);
      if (ambiguous) {
        return (
          `${show(term)} repeats a group in which ${ambiguous}: that can take exponential time on ${ALMOST}; ` +
          'make the alternatives start with different characters'
        );
      }
    }
    if (atom.kind === 'lookaround') {
      const scan = terms(atom.body).find((t) => t.max === Infinity);
      if (scan) {
        return (
          `${show(term)} holds the unbounded ${show(scan)} in a lookaround, which is tried again at every position of the line: ` +
          'that takes quadratic time; match the text without the lookaround'
        );
      }
    }
  }
  return undefined;
}

/** Every term of the alternatives, nested ones included, outer before inner. */
function terms(alternatives: RegexAlternatives): RegexTerm[] {
  return alternatives.flat().flatMap((term) => {
    const { atom } = term;
    return [term, ...(atom.kind === 'group' || atom.kind === 'lookaround' ? terms(atom.body) : [])];
  });
}

/** Rule 3: the first alternation, here or nested, whose alternatives can start alike; in words. */
function ambiguousAlternatives(alternatives: RegexAlternatives, show: Show): string | undefined {
  if (alternatives.length > 1) {
    const firsts = alternatives.map((sequence) => first(sequence));
    const spelled = (sequence: RegexSequence): string => `"${sequence.map(show).join('')}"`;
    for (const [i, sequence] of alternatives.entries()) {
      if ((firsts[i] as First).empty) return `the alternative ${spelled(sequence)} can match nothing`;
      for (let j = i + 1; j < alternatives.length; j++) {
        if (intersects((firsts[i] as First).set, (firsts[j] as First).set)) {
          return `the alternatives ${spelled(sequence)} and ${spelled(alternatives[j] as RegexSequence)} can start with the same character`;
        }
      }
    }
  }
  for (const term of alternatives.flat()) {
    const { atom } = term;
    if (atom.kind !== 'group' && atom.kind !== 'lookaround') continue;
    const nested = ambiguousAlternatives(atom.body, show);
    if (nested) return nested;
  }
  return undefined;
}

/** The characters a sequence can start with, and whether it can match the empty string. */
interface First {
  readonly set: CharSet;
  readonly empty: boolean;
}

function first(sequence: RegexSequence): First {
  let set = EMPTY;
  for (const term of sequence) {
    const { atom } = term;
    let here: First;
    if (atom.kind === 'char') here = { set: atom.set, empty: false };
    else if (atom.kind === 'group') here = firstOfAlternatives(atom.body);
    else continue; // zero-width: what follows decides
    set = union(set, here.set);
    if (!here.empty && term.min > 0) return { set, empty: false };
  }
  return { set, empty: true };
}

function firstOfAlternatives(alternatives: RegexAlternatives): First {
  const firsts = alternatives.map((sequence) => first(sequence));
  return { set: union(...firsts.map((f) => f.set)), empty: firsts.some((f) => f.empty) };
}

/**
 * Rule 5. `paths` holds, for each way through the fixed-width stretch read so far, the sets of
 * the characters it consumed (EMPTY for a `^`, which no character can be: it guards everything).
 * Alternations multiply the ways; past MAX_PATHS they are forgotten, which only refuses more.
 */
type Paths = readonly (readonly CharSet[])[];

const MAX_PATHS = 32;
const UNKNOWN: Paths = [[]];

interface Walk {
  readonly paths: Paths;
  readonly problem?: string;
}

function walkAlternatives(alternatives: RegexAlternatives, paths: Paths, restEmpty: boolean, show: Show): Walk {
  const out: (readonly CharSet[])[] = [];
  for (const sequence of alternatives) {
    const walk = walkSequence(sequence, paths, restEmpty, show);
    if (walk.problem !== undefined) return walk;
    out.push(...walk.paths);
  }
  return { paths: out.length > MAX_PATHS ? UNKNOWN : out };
}

/** `restEmpty`: whether all that follows the sequence in the pattern can match the empty string. */
function walkSequence(sequence: RegexSequence, start: Paths, restEmpty: boolean, show: Show): Walk {
  let paths = start;
  for (const [i, term] of sequence.entries()) {
    const { atom } = term;
    const rest = restEmpty && sequence.slice(i + 1).every(canMatchEmpty);
    if (term.max === Infinity && !rest && !guarded(paths, consumed(term))) {
      return {
        paths,
        problem:
          `${show(term)} can start at every position of a line and run on to its end while what follows it can still fail: ` +
          `that takes quadratic time on ${ALMOST}; a leading .* can simply go (a pattern is searched for anywhere in the message), ` +
          `otherwise put right before ${show(term)} a character that it cannot match, as in " \\S+" or "'[^']*"`,
      };
    }
    const fixed = term.min === term.max && term.min > 0;
    if (atom.kind === 'char' && fixed) {
      paths = paths.map((path) => [...path, atom.set]);
    } else if (atom.kind === 'start' && fixed) {
      paths = paths.map((path) => [...path, EMPTY]);
    } else if (atom.kind === 'assertion' || atom.kind === 'lookaround') {
      // Zero width: the stretch goes on. (Rule 4 keeps unbounded parts out of lookarounds.)
    } else if (atom.kind === 'group' && term.max <= 1) {
      // Once, or optional (`?`): its inside continues the stretch. A repeating group holds no
      // quantifier (rule 2), so there is nothing inside it to walk.
      const walk = walkAlternatives(atom.body, paths, rest, show);
      if (walk.problem !== undefined) return walk;
      paths = term.min === 1 ? walk.paths : UNKNOWN;
    } else {
      paths = UNKNOWN;
    }
  }
  return { paths };
}

/** Whether the term can match the empty string without any assertion that could fail. */
function canMatchEmpty(term: RegexTerm): boolean {
  if (term.min === 0) return true;
  const { atom } = term;
  return atom.kind === 'group' && atom.body.some((sequence) => sequence.every(canMatchEmpty));
}

/** Every path holds a character that `scanned` cannot be, or a `^`. */
function guarded(paths: Paths, scanned: CharSet): boolean {
  return paths.every((path) => path.some((set) => !intersects(set, scanned)));
}

/** The characters a term can consume; lookarounds consume none. */
function consumed(term: RegexTerm): CharSet {
  const { atom } = term;
  if (atom.kind === 'char') return atom.set;
  if (atom.kind === 'group') return union(...atom.body.flat().map(consumed));
  return EMPTY;
}
