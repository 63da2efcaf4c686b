import { ALL_RULES } from '../../../rules/index.js';
import type { TextIssue } from '../../core/input-issue.js';
import type { Span } from '../../core/span.js';
import { nearestNames } from '../../lint/helpers/nearest-names.js';
import type { LogPattern } from '../model.js';
import type { CompiledPattern } from './catalog.js';
import { isLinearTimeSafe } from './linear-time.js';
import { parseRegex } from './regex-syntax.js';
import { PLACEHOLDER } from '../fill-template.js';

/** Where a field of the entry is written: the value's span, or the key's when `key` is asked for. */
export type EntryPlace = (segments: readonly string[], key?: 'key') => Span;

/**
 * A `{name}` placeholder of a suggestion, as the diagnose report fills it in
 * (src/diagnose/fill-template.ts); a capture name must therefore fit it too.
 */
const CAPTURE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

const RULE_IDS = ALL_RULES.map((rule) => rule.meta.id);

/**
 * What the schema cannot say about an entry that follows it: that its regex compiles, runs in
 * linear time, and has exactly the named groups `captures` describes; that `relate` and the
 * suggestion's placeholders name captures; that `explainedBy` names rules. The entry compiled,
 * or the issues that keep it out of the catalog.
 */
export function checkEntry(pattern: LogPattern, label: string, at: EntryPlace): { compiled?: CompiledPattern; issues: TextIssue[] } {
  const issues: TextIssue[] = [];
  const flags = pattern.flags ?? '';
  let regex: RegExp | undefined;
  try {
    regex = new RegExp(pattern.regex, flags);
  } catch (error) {
    const reason = (error as Error).message;
    issues.push({ message: `${label}.regex is not a valid regular expression: ${reason.slice(reason.lastIndexOf(': ') + 2)}`, span: at(['regex']) });
  }
  if (regex) {
    const verdict = isLinearTimeSafe(pattern.regex, flags);
    if (!verdict.safe) {
      issues.push({ message: `${label}.regex could take too long on a long log line: ${verdict.reason}`, span: at(['regex']) });
    } else {
      issues.push(...captureIssues(pattern, parseRegex(pattern.regex, flags).groupNames, label, at));
    }
  }
  issues.push(...referenceIssues(pattern, label, at));
  return regex && issues.length === 0 ? { compiled: { pattern, regex }, issues } : { issues };
}

/** The named groups and `captures` must list the same names. */
function captureIssues(pattern: LogPattern, groups: readonly string[], label: string, at: EntryPlace): TextIssue[] {
  const issues: TextIssue[] = [];
  const described = Object.keys(pattern.captures);
  for (const group of groups) {
    if (!CAPTURE_NAME.test(group)) {
      const message = `${label}.regex names a group "${group}"; expected a name of letters, digits and _ that a suggestion can use as {${group}}`;
      issues.push({ message, span: at(['regex']) });
    } else if (!described.includes(group)) {
      const message = `${label}.regex has the named group "${group}", which captures does not describe; expected captures.${group}: what the group holds`;
      issues.push({ message, span: at(['captures'], 'key') });
    }
  }
  for (const name of described) {
    if (groups.includes(name)) continue;
    const expected = groups.length > 0 ? `one of: ${groups.join(', ')}` : `a named group (?<${name}>...) in the regex`;
    issues.push({ message: `${label}.captures.${name} names no group of the regex; expected ${expected}`, span: at(['captures', name], 'key') });
  }
  return issues;
}

/** `relate`, the placeholders and `explainedBy` name captures and rules that exist. */
function referenceIssues(pattern: LogPattern, label: string, at: EntryPlace): TextIssue[] {
  const issues: TextIssue[] = [];
  const captures = Object.keys(pattern.captures);
  const expectedCapture = captures.length > 0 ? `one of the captures: ${captures.join(', ')}` : 'a capture, but the pattern has none';
  for (const [role, name] of Object.entries(pattern.relate ?? {})) {
    if (!captures.includes(name)) {
      const message = `${label}.relate.${role} is "${name}", which is not a capture; expected ${expectedCapture}`;
      issues.push({ message, span: at(['relate', role]) });
    }
  }
  for (const [, name] of pattern.suggestion.matchAll(PLACEHOLDER)) {
    if (name !== undefined && !captures.includes(name)) {
      issues.push({ message: `${label}.suggestion uses {${name}}, which is not a capture; expected ${expectedCapture}`, span: at(['suggestion']) });
    }
  }
  for (const [i, rule] of pattern.explainedBy.entries()) {
    if (RULE_IDS.includes(rule)) continue;
    const near = nearestNames(rule, RULE_IDS).names[0];
    const guess = near ? ` (did you mean "${near}"?)` : '';
    const message = `${label}.explainedBy names the rule "${rule}", which lparlint does not have${guess}; expected a rule id that \`lparlint rules\` lists`;
    issues.push({ message, span: at(['explainedBy', String(i)]) });
  }
  return issues;
}
