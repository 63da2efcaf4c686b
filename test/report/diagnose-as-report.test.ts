import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/core/diagnostic.js';
import type { Diagnosis, LogPattern } from '../../src/diagnose/model.js';
import { diagnoseAsReport } from '../../src/report/diagnose/as-check-report.js';
import { explainedDiagnosis, FIRST_LINE, PROFILE, STATE as SAMPLE_STATE, unexplainedDiagnosis } from '../diagnose/sample-diagnoses.js';

// Without the comma: this finding marks just `state=Running`.
const STATE: Diagnostic = { ...SAMPLE_STATE, span: { start: 12, end: 25 }, endColumn: 26, fix: undefined };
const PATTERN: LogPattern = {
  id: 'hmc-invalid-attribute',
  category: 'profile-attribute',
  description: 'The HMC refused an attribute of the profile file and names it.',
  regex: 'The invalid attribute is (?<attribute>\\w+)',
  captures: { attribute: 'the attribute' },
  explainedBy: ['read-only-attribute'],
  suggestion: 'Remove {attribute} from the profile file.',
  source: 'an HMC',
};

const EXPLAINED = explainedDiagnosis('logs/LPAR_A.log', STATE);
const AGAIN_ON_MIGRATE: Diagnosis = { ...EXPLAINED, count: 1, entryPoint: 'migrate', logLines: [{ path: 'logs/LPAR_A.log', line: 9, text: 'migrate failed' }] };
const UNEXPLAINED: Diagnosis = {
  ...unexplainedDiagnosis({ path: 'logs/LPAR_B.log', line: 2, text: '2024/04/15 08:30:02 VCS ERROR V-16-10011-22072 LPAR:lpar05_res:offline:odd' }),
  note: 'Give --node NODE.',
};

describe('diagnose results as a check report', () => {
  const report = diagnoseAsReport({
    logs: ['logs/LPAR_A.log', 'logs/LPAR_B.log', 'logs/LPAR_C.log'],
    records: 40,
    diagnoses: [EXPLAINED, UNEXPLAINED, AGAIN_ON_MIGRATE],
    patterns: [PATTERN],
  });

  it('makes each log a file, with an error at the first line of each failure it holds', () => {
    expect(report.files.map((f) => [f.path, f.diagnostics.map((d) => `${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.ruleId}`)])).toEqual([
      ['logs/LPAR_A.log', [`3:1-3:${FIRST_LINE.length + 1} hmc-invalid-attribute`, '9:1-9:15 hmc-invalid-attribute']],
      ['logs/LPAR_B.log', [`2:1-2:${UNEXPLAINED.logLines[0]!.text.length + 1} unexplained`]],
      ['logs/LPAR_C.log', []],
      ['p.cfg', ['1:13-1:26 read-only-attribute']],
    ]);
    const [a, b] = report.files;
    expect(a!.diagnostics[0]!.message).toBe('lpar05_res could not be brought online on lpar101 (3 times, last at 2024/04/02 22:45:13): Remove state from the profile file.');
    expect(a!.diagnostics.every((d) => d.severity === 'error' && d.attribute === null)).toBe(true);
    expect(b!.diagnostics[0]!.suggestion).toBe('Give --node NODE.');
    expect(report.summary).toEqual({ files: 4, errors: 4, warnings: 0, infos: 0 });
  });

  it('holds only the quoted log lines, in line order: each finding\'s span is its line\'s text', () => {
    const log = report.files[0]!;
    expect(log.source).toBe(`${FIRST_LINE}\n${EXPLAINED.logLines[1]!.text}\nmigrate failed\n`);
    for (const d of log.diagnostics) {
      expect(log.source.slice(d.span.start, d.span.end)).toBe(d.line === 3 ? FIRST_LINE : 'migrate failed');
    }
  });

  it('holds nothing for the lines before a failure far into a log', () => {
    const far: Diagnosis = { ...AGAIN_ON_MIGRATE, logLines: [{ path: 'logs/LPAR_A.log', line: 6_000_000, text: 'late' }] };
    const log = diagnoseAsReport({ logs: ['logs/LPAR_A.log'], records: 1, diagnoses: [far], patterns: [PATTERN] }).files[0]!;
    expect(log.source).toBe('late\n');
    expect(log.diagnostics.map((d) => `${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.span.start}-${d.span.end}`)).toEqual(['6000000:1-6000000:5 0-4']);
  });

  it('lists a profile file once per node and resource, with each explaining finding once', () => {
    const profile = report.files[3]!;
    expect(profile).toEqual({ path: 'p.cfg', source: PROFILE, diagnostics: [STATE], node: 'lpar101', resource: 'lpar05_res' });
  });

  it('describes the pattern ids from the catalog, and what unexplained stands for', () => {
    expect(report.rules?.map((r) => [r.id, r.description, r.severity])).toEqual([
      ['hmc-invalid-attribute', PATTERN.description, 'error'],
      ['unexplained', 'An ERROR message of a VCS agent log that no entry of the log pattern catalog explains.', 'error'],
    ]);
    expect(report.rules?.[0]?.help).toBe(
      [PATTERN.description, `**What to do:** ${PATTERN.suggestion}`, '**Explained by:** `read-only-attribute` (`lparlint rules read-only-attribute`)', '**Source:** an HMC'].join('\n\n'),
    );
  });
});
