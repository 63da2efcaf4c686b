import { beforeAll, describe, expect, it } from 'vitest';
import type { Diagnosis } from '../../src/diagnose/model.js';
import { DIAGNOSE_FORMATTERS } from '../../src/report/diagnose/index.js';
import type { DiagnoseFormatter, DiagnoseReport } from '../../src/report/diagnose/report.js';
import { explainedDiagnosis, PROFILE, STATE, unexplainedDiagnosis } from './sample-diagnoses.js';

const DIFF = 'diff --git a/p.cfg b/p.cfg\n--- a/p.cfg\n+++ b/p.cfg\n@@ -1,1 +1,1 @@\n-name=lpar05,state=Running,lpar_id=15\n+name=lpar05,lpar_id=15\n';

const EXPLAINED: Diagnosis = { ...explainedDiagnosis('LPAR_A.log'), fixDiff: DIFF, fixSafe: true };

const UNEXPLAINED = unexplainedDiagnosis({ path: 'LPAR_A.log', line: 9, text: `2024/04/15 08:30:02 VCS ERROR V-16-10011-22072 LPAR:lpar05_res:offline:${'x'.repeat(300)}` });

const NOT_EXPLAINED_BY_FILE: Diagnosis = {
  ...EXPLAINED,
  count: 1,
  lastTime: EXPLAINED.time,
  findings: [],
  fixDiff: undefined,
  fixSafe: undefined,
  note: 'Checked without the cluster.',
};

// The registry loads each format's module on demand; load them all once so render stays plain.
const formatters = new Map<string, DiagnoseFormatter>();
beforeAll(async () => {
  for (const [name, load] of DIAGNOSE_FORMATTERS) formatters.set(name, await load());
});

function render(format: string, diagnoses: readonly Diagnosis[], records = 12): string {
  const report: DiagnoseReport = { logs: ['LPAR_A.log'], records, diagnoses };
  return formatters.get(format)!(report, { color: false });
}

describe('diagnose stylish report', () => {
  it('shows what failed where, when, the log lines, the cause, the finding and the fix', () => {
    expect(render('stylish', [EXPLAINED])).toBe(
      [
        '✖ lpar05_res could not be brought online on lpar101',
        '  when:  2024/04/02 22:41:09 (3 times, last at 22:45:13)',
        '  log:   LPAR_A.log:3',
        '         2024/04/02 22:41:09 VCS ERROR V-16-10011-22012 (lpar101) LPAR:lpar05_res:online:HMC returned:',
        '         An invalid attribute was entered.  The invalid attribute is state.',
        '  cause: Remove state from the profile file.  [hmc-invalid-attribute]',
        '  file:  p.cfg  (lpar05_res on lpar101)',
        '    1:13  error  state is read-only  read-only-attribute',
        '      name=lpar05,state=Running,lpar_id=15',
        '                  ^~~~~~~~~~~~~~',
        '      fix: remove state=Running',
        '  fix:   safe: it cannot change what the partition becomes; save the diff below to a file and run git apply FILE',
        ...DIFF.trimEnd().split('\n'),
        '',
        '✖ 1 failure (3 times in all) in LPAR_A.log; 1 explained by the findings above',
        '',
      ].join('\n'),
    );
  });

  it('lists an unexplained failure, on an unknown node, with long log lines cut', () => {
    const out = render('stylish', [UNEXPLAINED]);
    expect(out).toContain('✖ lpar05_res could not be taken offline on an unknown node\n  when:  2024/04/15 08:30:02\n');
    expect(out).toContain('  cause: No entry of the pattern catalog matches this message.  [not explained]\n');
    const logLine = out.split('\n').find((l) => l.includes('V-16-10011-22072'))!;
    expect(logLine).toHaveLength('         '.length + 160);
    expect(logLine.endsWith('x…')).toBe(true);
    expect(out).not.toContain('file:');
    expect(out).toContain('✖ 1 failure in LPAR_A.log\n');
  });

  it('says when nothing in the checked file explains the failure, and why the check was limited', () => {
    const out = render('stylish', [NOT_EXPLAINED_BY_FILE]);
    expect(out).toContain('  file:  p.cfg  (lpar05_res on lpar101)  nothing in it explains this failure\n  note:  Checked without the cluster.\n');
    expect(out).not.toContain('fix:');
  });

  it('wraps the cause at 100 columns, under its first line', () => {
    const words = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');
    const lines = render('stylish', [{ ...UNEXPLAINED, suggestion: words }]).split('\n');
    const cause = lines.slice(lines.findIndex((l) => l.startsWith('  cause: ')), lines.findIndex((l) => l.startsWith('✖ 1 failure')) - 1);
    expect(cause.length).toBeGreaterThan(2);
    expect(cause.every((l) => l.length <= 100)).toBe(true);
    expect(cause.slice(1).every((l) => /^ {9}\S/.test(l))).toBe(true);
    expect(cause.join(' ').replace(/ +/g, ' ')).toBe(` cause: ${words} [not explained]`);
  });

  it('marks an unsafe fix', () => {
    expect(render('stylish', [{ ...EXPLAINED, fixSafe: false }])).toContain('  fix:   unsafe: it changes a value, review it; save the diff');
  });

  it('ends a log without failures with a green line, and hints at filters when it read nothing', () => {
    expect(render('stylish', [])).toBe('✔ No failed operations in LPAR_A.log (12 messages read).\n');
    expect(render('stylish', [], 0)).toBe(
      '✔ No failed operations in LPAR_A.log (no VCS messages read: check the file, and the --since, --until and --resource filters).\n',
    );
  });

  it('shows the first lines of a long message and how many more there are', () => {
    const lines = Array.from({ length: 11 }, (_, i) => ({ path: 'LPAR_A.log', line: i + 1, text: `line ${i + 1}` }));
    const out = render('stylish', [{ ...UNEXPLAINED, logLines: lines }]);
    expect(out).toContain('         line 8\n         … 3 more lines\n');
    expect(out).not.toContain('line 9');
  });
});

describe('diagnose JSON report', () => {
  it('gives each diagnosis with findings in the shape of check, the profile path and the diff', () => {
    const report = JSON.parse(render('json', [EXPLAINED, UNEXPLAINED])) as Record<string, unknown>;
    expect(report).toEqual({
      version: 1,
      diagnoses: [
        {
          time: '2024/04/02 22:41:09',
          lastTime: '2024/04/02 22:45:13',
          count: 3,
          resource: 'lpar05_res',
          node: 'lpar101',
          entryPoint: 'online',
          patternId: 'hmc-invalid-attribute',
          category: 'profile-attribute',
          logLines: EXPLAINED.logLines,
          profile: 'p.cfg',
          findings: [
            {
              ruleId: 'read-only-attribute',
              severity: 'error',
              message: 'state is read-only',
              attribute: 'state',
              line: 1,
              column: 13,
              endLine: 1,
              endColumn: 27,
              fix: { description: 'remove state=Running', safe: true, edits: [{ line: 1, column: 13, endLine: 1, endColumn: 27, text: '' }] },
            },
          ],
          suggestion: 'Remove state from the profile file.',
          fixDiff: DIFF,
          fixSafe: true,
        },
        {
          time: '2024/04/15 08:30:02',
          lastTime: '2024/04/15 08:30:02',
          count: 1,
          resource: 'lpar05_res',
          node: null,
          entryPoint: 'offline',
          patternId: null,
          category: 'unexplained',
          logLines: UNEXPLAINED.logLines,
          profile: null,
          findings: [],
          suggestion: 'No entry of the pattern catalog matches this message.',
        },
      ],
      summary: { logs: ['LPAR_A.log'], records: 12, failures: 2, occurrences: 4 },
    });
  });

  it('gives the note when there is one', () => {
    const report = JSON.parse(render('json', [NOT_EXPLAINED_BY_FILE])) as { diagnoses: { note?: string }[] };
    expect(report.diagnoses[0]!.note).toBe('Checked without the cluster.');
  });
});

describe('failures beyond the listed ones', () => {
  const unlisted = {
    occurrences: 42,
    time: '2024/04/16 01:00:00',
    lastTime: '2024/04/17 02:00:00',
    logLine: { path: 'LPAR_A.log', line: 20, text: '2024/04/16 01:00:00 VCS ERROR V-16-10011-22012 (lpar101) LPAR:lpar09_res:online:HSCL8012' },
  };
  const report: DiagnoseReport = { logs: ['LPAR_A.log'], records: 99, diagnoses: [EXPLAINED], unlisted };
  const text = '42 more failed operations from 2024/04/16 01:00:00 to 2024/04/17 02:00:00 not listed: a report lists the first 1 distinct failures';

  it('are counted in every format', () => {
    for (const [name, format] of formatters) expect(format(report, { color: false }), name).toContain(name === 'json' ? '"occurrences": 42' : '42 more failed operations');
    expect(formatters.get('stylish')!(report, { color: false })).toContain(`✖ ${text}`);
    expect(JSON.parse(formatters.get('json')!(report, { color: false })).summary.unlisted).toEqual({ ...unlisted, logLine: unlisted.logLine });
  });

  it('are one finding at the first line of the first of them in the CI formats', () => {
    expect(formatters.get('compact')!(report, { color: false })).toContain(`LPAR_A.log:20:1: error ${text}`);
  });
});
