import { describe, expect, it } from 'vitest';
import { createReport } from '../../src/report/report.js';
import { sampleReport } from './sample-report.js';

describe('createReport', () => {
  it('counts files and findings by severity', () => {
    expect(sampleReport().summary).toEqual({ files: 4, errors: 2, warnings: 1, infos: 1 });
  });

  it('keeps only errors, and counts only them, for --quiet', () => {
    const quiet = createReport(sampleReport().files, { errorsOnly: true });
    expect(quiet.summary).toEqual({ files: 4, errors: 2, warnings: 0, infos: 0 });
    expect(quiet.files.map((f) => f.diagnostics.map((d) => d.ruleId))).toEqual([['read-only-attribute'], [], [], ['io']]);
  });
});
