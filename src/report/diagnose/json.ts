import { LineIndex } from '../../core/span.js';
import type { UnlistedFailures } from '../../diagnose/model.js';
import { diagnosticJson } from '../formatters/json.js';
import type { DiagnoseFormatter } from './report.js';

/**
 * The machine format of `diagnose`, documented in the README. Bump `version` on any change that
 * could break a reader; adding a key is not such a change. Findings have the shape of `check`'s
 * JSON diagnostics, positioned in `profile`.
 */
export const DIAGNOSE_JSON_VERSION = 1;

export const diagnoseJson: DiagnoseFormatter = (report) => {
  const diagnoses = report.diagnoses.map((d) => {
    const lines = d.profile ? new LineIndex(d.profile.source) : undefined;
    return {
      time: d.time,
      lastTime: d.lastTime,
      count: d.count,
      resource: d.resource,
      node: d.node,
      entryPoint: d.entryPoint,
      patternId: d.patternId,
      category: d.category,
      logLines: d.logLines.map((l) => ({ path: l.path, line: l.line, text: l.text })),
      profile: d.profile?.path ?? null,
      findings: lines ? d.findings.map((f) => diagnosticJson(f, lines)) : [],
      suggestion: d.suggestion,
      ...(d.note ? { note: d.note } : {}),
      ...(d.fixDiff ? { fixDiff: d.fixDiff, fixSafe: d.fixSafe ?? false } : {}),
    };
  });
  const summary = {
    logs: report.logs,
    records: report.records,
    failures: report.diagnoses.length,
    occurrences: report.diagnoses.reduce((n, d) => n + d.count, 0),
    ...(report.unlisted ? { unlisted: unlistedJson(report.unlisted) } : {}),
  };
  return JSON.stringify({ version: DIAGNOSE_JSON_VERSION, diagnoses, summary }, null, 2) + '\n';
};

/** The failures after the listed ones: how often, when, and the first line of the first. */
function unlistedJson(u: UnlistedFailures) {
  return { occurrences: u.occurrences, time: u.time, lastTime: u.lastTime, logLine: { path: u.logLine.path, line: u.logLine.line, text: u.logLine.text } };
}
