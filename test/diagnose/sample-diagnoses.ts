import type { Diagnostic } from '../../src/core/diagnostic.js';
import type { Diagnosis, LogLine } from '../../src/diagnose/model.js';

/** A profile file with read-only state left in, and the finding that says so (with its fix). */
export const PROFILE = 'name=lpar05,state=Running,lpar_id=15\n';
export const STATE: Diagnostic = {
  ruleId: 'read-only-attribute',
  severity: 'error',
  message: 'state is read-only',
  attribute: 'state',
  span: { start: 12, end: 26 },
  line: 1,
  column: 13,
  endLine: 1,
  endColumn: 27,
  fix: { description: 'remove state=Running', safe: true, edits: [{ span: { start: 12, end: 26 }, text: '' }] },
};

export const FIRST_LINE = '2024/04/02 22:41:09 VCS ERROR V-16-10011-22012 (lpar101) LPAR:lpar05_res:online:HMC returned:';

/** An HMC "invalid attribute" failure, three times, explained by `finding` in p.cfg; its log lines in `log`. */
export function explainedDiagnosis(log: string, finding: Diagnostic = STATE): Diagnosis {
  const lines: LogLine[] = [
    { path: log, line: 3, text: FIRST_LINE },
    { path: log, line: 4, text: 'An invalid attribute was entered.  The invalid attribute is state.' },
  ];
  return {
    time: '2024/04/02 22:41:09',
    lastTime: '2024/04/02 22:45:13',
    count: 3,
    resource: 'lpar05_res',
    node: 'lpar101',
    entryPoint: 'online',
    patternId: 'hmc-invalid-attribute',
    category: 'profile-attribute',
    logLines: lines,
    profile: { path: 'p.cfg', source: PROFILE },
    findings: [finding],
    suggestion: 'Remove state from the profile file.',
  };
}

/** An ERROR line that no catalog entry matches, at `logLine`. */
export function unexplainedDiagnosis(logLine: LogLine): Diagnosis {
  return {
    time: '2024/04/15 08:30:02',
    lastTime: '2024/04/15 08:30:02',
    count: 1,
    resource: 'lpar05_res',
    node: null,
    entryPoint: 'offline',
    patternId: null,
    category: 'unexplained',
    logLines: [logLine],
    findings: [],
    suggestion: 'No entry of the pattern catalog matches this message.',
  };
}
