import type { Diagnostic, Fix, Severity } from '../../src/core/diagnostic.js';
import { LineIndex } from '../../src/core/span.js';
import type { FileResult } from '../../src/lint/lint-profile.js';
import { createReport, type Report } from '../../src/report/report.js';

interface Spec {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly attribute: string | null;
  /** The text the finding is about; its first occurrence in the source gives the range. */
  readonly at: string;
  readonly fix?: Fix;
  readonly suggestion?: string;
}

/** A file result with positions worked out from the source, as lintProfile would give them. */
export function fileResult(path: string, source: string, specs: readonly Spec[]): FileResult {
  const lines = new LineIndex(source);
  const diagnostics = specs.map(({ at, ...spec }): Diagnostic => {
    const start = source.indexOf(at);
    if (start < 0) throw new Error(`sample: "${at}" is not in ${path}`);
    const span = { start, end: start + at.length };
    return { ...spec, span, ...lines.range(span) };
  });
  return { path, source, diagnostics };
}

const LONG = 'name=lpar05,lpar_id=15,lpar_env=aixlinux,state=Running,resource_config=1,os_version=AIX 7.1 7100-00-00-0000,logical_serial_num=06C3A0PF,profile_name=lpar05,min_mem=512,desired_mem=2048,max_mem=1024\n';

/** A small report with every shape a formatter meets: long line, fix, suggestion, two lines, a clean file, an io error. */
export function sampleReport(): Report {
  const stateAt = LONG.indexOf('state=Running');
  return createReport([
    fileResult('profiles/lpar05.cfg', LONG, [
      {
        ruleId: 'read-only-attribute',
        severity: 'error',
        message: 'state is shown by lssyscfg but cannot be set when a partition is created',
        attribute: 'state',
        at: 'state=Running',
        fix: { description: 'Remove state=Running', safe: true, edits: [{ span: { start: stateAt, end: stateAt + 14 }, text: '' }] },
      },
      {
        ruleId: 'min-desired-max',
        severity: 'warning',
        message: 'max_mem (1024) is below desired_mem (2048)',
        attribute: 'max_mem',
        at: 'max_mem=1024',
        suggestion: 'Set max_mem to 2048 or more.',
      },
    ]),
    fileResult('profiles/clean.cfg', 'name=lpar06\n', []),
    fileResult('profiles/wrapped.cfg', 'name=lpar07,\\\nlpar_id=17\n', [
      { ruleId: 'single-line', severity: 'info', message: 'the record continues on the next line', attribute: null, at: '\\\nl' },
    ]),
    {
      path: 'profiles/broken.cfg',
      source: '',
      diagnostics: [
        {
          ruleId: 'io',
          severity: 'error',
          message: 'Cannot read this file: permission denied.',
          attribute: null,
          span: { start: 0, end: 0 },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 1,
        },
      ],
    },
  ]);
}
