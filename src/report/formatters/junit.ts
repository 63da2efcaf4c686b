import type { Diagnostic } from '../../core/diagnostic.js';
import type { FileResult } from '../../lint/lint-profile.js';
import { IO_RULE_ID } from '../../read/io-result.js';
import { fileOwner } from '../file-owner.js';
import { compactLine, remedyLines, singleLine } from '../finding-text.js';
import type { Formatter } from '../formatter.js';
import { escapeXmlAttribute as attr, escapeXmlText as text } from '../xml.js';

/** The name of the one passing test case of a file without findings. */
export const CLEAN_CASE_NAME = 'no problems';

/**
 * JUnit XML for CI test reports (Jenkins' JUnit plugin, GitLab's `artifacts:reports:junit`):
 * one <testsuite> per file checked (per node, in a cluster audit), one <testcase> per finding,
 * and one passing <testcase> for a file without findings, so the totals count every file.
 *
 * - Errors and warnings fail their test case (<failure>); info findings pass, with the text as
 *   <system-out>, since they do not fail the run either. A file that could not be read
 *   (rule `io`) is an <error>: the check could not run.
 * - Test case names are unique within their suite (`rule-id line:column attribute`, then ` (2)`,
 *   ` (3)` …): GitLab keeps only the first of two tests with the same name.
 * - `classname` is the path with dots for folders (`fixtures.example.configfile.lpar05_cfg`):
 *   Jenkins splits it at the last dot into package and class, and GitLab shows it as the suite.
 */
export const junit: Formatter = (report) => {
  const suites = report.files.map(suite);
  const total = (key: 'tests' | 'failures' | 'errors'): number => suites.reduce((n, s) => n + s[key], 0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="lparlint" tests="${total('tests')}" failures="${total('failures')}" errors="${total('errors')}" time="0">`,
    ...suites.flatMap((s) => s.lines),
    '</testsuites>',
    '',
  ].join('\n');
};

interface Suite {
  readonly tests: number;
  readonly failures: number;
  readonly errors: number;
  readonly lines: readonly string[];
}

function suite(file: FileResult): Suite {
  const owner = fileOwner(file);
  const name = owner === undefined ? file.path : `${file.path} (${owner})`;
  const caseAttributes = (caseName: string): string =>
    `classname="${attr(className(file.path, owner))}" name="${attr(caseName)}" file="${attr(file.path)}" time="0"`;
  const names = uniqueNames(file.diagnostics.map(findingCaseName));
  const cases =
    file.diagnostics.length === 0
      ? [`    <testcase ${caseAttributes(CLEAN_CASE_NAME)}/>`]
      : file.diagnostics.map((d, i) => testCase(file.path, d, caseAttributes(names[i]!)));
  const failures = file.diagnostics.filter((d) => outcome(d) === 'failure').length;
  const errors = file.diagnostics.filter((d) => outcome(d) === 'error').length;
  const tests = cases.length;
  return {
    tests,
    failures,
    errors,
    lines: [
      `  <testsuite name="${attr(name)}" tests="${tests}" failures="${failures}" errors="${errors}" skipped="0" time="0">`,
      ...cases,
      '  </testsuite>',
    ],
  };
}

function testCase(path: string, d: Diagnostic, attributes: string): string {
  const body = text([compactLine(path, d), ...remedyLines(d)].join('\n'));
  const kind = outcome(d);
  const inner =
    kind === 'pass'
      ? `<system-out>${body}</system-out>`
      : `<${kind} message="${attr(singleLine(d.message))}" type="${attr(d.ruleId)}">${body}</${kind}>`;
  return `    <testcase ${attributes}>\n      ${inner}\n    </testcase>`;
}

function outcome(d: Diagnostic): 'error' | 'failure' | 'pass' {
  if (d.ruleId === IO_RULE_ID) return 'error';
  return d.severity === 'info' ? 'pass' : 'failure';
}

function findingCaseName(d: Diagnostic): string {
  return `${d.ruleId} ${d.line}:${d.column}${d.attribute === null ? '' : ` ${d.attribute}`}`;
}

/** The names as given, with ` (2)`, ` (3)` … after the second and later of equal ones. */
export function uniqueNames(names: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((name) => {
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    return count === 1 ? name : `${name} (${count})`;
  });
}

/**
 * `fixtures/example/lpar05.cfg` → `fixtures.example.lpar05_cfg`: folders become packages, and the
 * dots within a name become `_`, so that Jenkins splits at the last dot into folder and file.
 * The node and resource follow the file name, so each node's check is a class of its own.
 */
export function className(path: string, owner: string | undefined): string {
  const parts = path.split('/').filter((part) => part !== '').map((part) => part.replaceAll('.', '_'));
  const file = parts.pop() ?? path;
  const cls = owner === undefined ? file : `${file} (${owner.replaceAll('.', '_')})`;
  return [...parts, cls].join('.');
}
