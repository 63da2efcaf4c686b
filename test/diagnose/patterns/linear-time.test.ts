import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isLinearTimeSafe } from '../../../src/diagnose/patterns/index.js';

/** The reason a pattern is refused, or 'safe'. */
function verdict(source: string, flags = ''): string {
  const result = isLinearTimeSafe(source, flags);
  return result.safe ? 'safe' : result.reason;
}

describe('isLinearTimeSafe: the built-in catalog', () => {
  // Read as written, not through the loader, so that this proves the rule and not the loader.
  const builtIn = JSON.parse(readFileSync('rules/log-patterns.json', 'utf8')) as { patterns: { id: string; regex: string; flags?: string }[] };
  for (const { id, regex, flags } of builtIn.patterns) {
    it(`accepts ${id}`, () => {
      expect(verdict(regex, flags)).toBe('safe');
    });
  }
});

describe('isLinearTimeSafe: rule 1, backreferences', () => {
  it.each(['(a)\\1', '(a)(b)\\2x', '(?<q>[\'"])x\\k<q>'])('refuses %s', (source) => {
    expect(verdict(source)).toMatch(/^\\(1|2|k<q>) is a backreference/);
  });
});

describe('isLinearTimeSafe: rule 2, nested quantifiers', () => {
  it.each([
    ['(a+)+', 'a+'],
    ['(a*)*', 'a*'],
    ['(?:a?)+', 'a?'],
    ['(.*a){3}', '.*'],
    ['(\\d{1,3}\\.){3}', '\\d{1,3}'],
    ['x(?:(?:ab+)c)*', 'b+'],
  ])('refuses %s', (source, inner) => {
    expect(verdict(source)).toContain(`repeats a group that holds the quantifier ${inner}: nested quantifiers`);
  });

  it('accepts a repeated group without a quantifier inside, and an optional group with one', () => {
    expect(verdict('x(?:ab){3}')).toBe('safe');
    expect(verdict('x(?: (?<host>\\S+))?')).toBe('safe');
  });
});

describe('isLinearTimeSafe: rule 3, ambiguous alternatives in a repeated group', () => {
  it.each([
    ['(a|aa)+', 'the alternatives "a" and "aa" can start with the same character'],
    ['(\\w|\\d)+', 'the alternatives "\\w" and "\\d" can start with the same character'],
    ['(?:x|[a-z])*', 'the alternatives "x" and "[a-z]" can start with the same character'],
    ['(a|)+', 'the alternative "" can match nothing'],
    ['(?:a|(?:b|bc))+', 'the alternatives "b" and "bc" can start with the same character'],
    ['(?:A|a)+', 'the alternatives "A" and "a" can start with the same character'],
  ])('refuses %s', (source, why) => {
    expect(verdict(source, source === '(?:A|a)+' ? 'i' : '')).toContain(`repeats a group in which ${why}`);
  });

  it('accepts alternatives that start differently', () => {
    expect(verdict('(a|b)+')).toBe('safe');
    expect(verdict('^(?:ab|cd|\\d)*x')).toBe('safe');
    expect(verdict('(?:A|a)+')).toBe('safe');
  });
});

describe('isLinearTimeSafe: rule 4, unbounded parts in lookarounds', () => {
  it.each(['(?=.*x)', 'a(?!\\d+)', '(?<=\\s+)x'])('refuses %s', (source) => {
    expect(verdict(source)).toContain('in a lookaround, which is tried again at every position of the line');
  });

  it('accepts a bounded lookaround', () => {
    expect(verdict('x(?=\\d{1,3})')).toBe('safe');
  });
});

describe('isLinearTimeSafe: rule 5, unguarded scans', () => {
  it.each([
    ['.*x', '.*'],
    ['\\S+ was not found', '\\S+'],
    ['[^:]*: x', '[^:]*'],
    ['(a|b)*c', '(a|b)*'],
    ['a\\S+b', '\\S+'],
    ['x(?:.*)y', '.*'],
    ['(?<p>\\/\\S*): No such file', '\\S*'],
    [' [a-z]+\\d+x', '\\d+'],
  ])('refuses %s', (source, scan) => {
    expect(verdict(source)).toMatch(new RegExp(`^${scan.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&')} can start at every position of a line`));
  });

  it('accepts a scan after a character it cannot match, on every way there', () => {
    expect(verdict('named (?<n>\\S+) was')).toBe('safe');
    expect(verdict('HSCL\\d+ ')).toBe('safe');
    expect(verdict('(?:^|\\s)\\/\\S*: x')).toBe('safe');
    expect(verdict("'[^']*'")).toBe('safe');
  });

  it('refuses a scan that one way there leaves unguarded', () => {
    expect(verdict('(?:\\s|x)\\S*: x')).toMatch(/^\\S\* can start/);
  });

  it('accepts a scan anchored at the start, or one after which nothing can fail', () => {
    expect(verdict('^.*x')).toBe('safe');
    expect(verdict('x(?<rest>.*)')).toBe('safe');
    expect(verdict('\\S+')).toBe('safe');
    expect(verdict('x.* ?\\d*')).toBe('safe');
  });

  it('does not count a trailing assertion as something that cannot fail', () => {
    expect(verdict('.*$')).toMatch(/^\.\* can start/);
  });

  it('with the m flag, ^ anchors no longer', () => {
    expect(verdict('^.*x', 'm')).toMatch(/^\.\* can start/);
  });

  it('with the i flag, a letter guards only against sets without its other case', () => {
    expect(verdict('A[a-z]+x')).toBe('safe');
    expect(verdict('A[a-z]+x', 'i')).toMatch(/^\[a-z\]\+ can start/);
  });

  it('checks the cost of a refused shape: it is quadratic indeed, and the accepted twin is not', () => {
    const line = 'a'.repeat(20_000);
    const time = (regex: RegExp): number => {
      const start = performance.now();
      regex.test(line);
      return performance.now() - start;
    };
    expect(time(/\S+ was not found/)).toBeGreaterThan(20 * time(/ \S+ was not found/) + 5);
  });
});

describe('isLinearTimeSafe: what it cannot read', () => {
  it('refuses a pattern that is no regular expression, saying why', () => {
    expect(verdict('(a')).toBe('it is not a valid regular expression: Invalid regular expression: /(a/: Unterminated group');
  });

  it('refuses the u and v flags, whose syntax it does not read', () => {
    expect(verdict('\\p{L}x', 'u')).toBe('lparlint cannot analyse it (the u flag is not supported at character 1), so cannot tell that it runs in linear time');
  });
});
