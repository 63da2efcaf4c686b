import { compareDiagnostics, type Diagnostic } from '../../core/diagnostic.js';
import type { Diagnosis, LogLine, LogPattern, UnlistedFailures } from '../../diagnose/model.js';
import type { FileResult } from '../../lint/lint-profile.js';
import { createReport, type Report } from '../report.js';
import { cut, FULL_DESCRIPTION_LIMIT, type RuleDescriptor } from '../rule-descriptor.js';
import { operationTitle } from './operation.js';
import { UNLISTED_ID, unlistedText } from './unlisted.js';
import type { DiagnoseReport } from './report.js';

/**
 * `diagnose`'s findings in the shape of `check`'s report, so that the CI formats (sarif, junit,
 * github, compact) serve both commands without copies:
 *
 * - every log file read is a file of the report; each failure is an error at its first log line,
 *   with the pattern id as rule id (`unexplained` when no pattern matched) and the cause as message;
 * - every profile file checked is a file too, with the findings that explain the failures, once
 *   per node and resource as in `check`'s cluster audit.
 *
 * A log's `source` holds only the lines that the failures quote, so that a finding's span gives
 * its line's text (SARIF's snippet and fingerprint) without reading the log again; the line and
 * column of a finding are the log's.
 */
export function diagnoseAsReport(report: DiagnoseReport): Report {
  const byLog = new Map<string, Diagnosis[]>(report.logs.map((path) => [path, []]));
  for (const d of report.diagnoses) {
    const { path } = firstLine(d);
    const list = byLog.get(path);
    if (list) list.push(d);
    else byLog.set(path, [d]);
  }
  const logs = [...byLog].map(([path, diagnoses]) => logResult(path, diagnoses, report.unlisted?.logLine.path === path ? { failures: report.unlisted, listed: report.diagnoses.length } : undefined));
  return { ...createReport([...logs, ...profileResults(report.diagnoses)]), rules: descriptors(report) };
}

/** The log's failures; with `unlisted`, also the count of the failures not listed, at the first line of the first of them. */
function logResult(path: string, diagnoses: readonly Diagnosis[], unlisted: { failures: UnlistedFailures; listed: number } | undefined): FileResult {
  const more = unlisted?.failures;
  const log = new QuotedLines([...diagnoses.flatMap((d) => d.logLines), ...(more ? [more.logLine] : [])]);
  const at = (line: LogLine, ruleId: string, message: string, suggestion?: string): Diagnostic => {
    const start = log.lineStart(line.line);
    const length = line.text.length;
    return {
      ruleId,
      severity: 'error',
      message,
      attribute: null,
      span: { start, end: start + length },
      line: line.line,
      column: 1,
      endLine: line.line,
      endColumn: length + 1,
      ...(suggestion ? { suggestion } : {}),
    };
  };
  const findings = diagnoses.map((d) =>
    at(firstLine(d), ruleIdOf(d), `${operationTitle(d)}${d.count > 1 ? ` (${d.count} times, last at ${d.lastTime})` : ''}: ${d.suggestion}`, d.note),
  );
  if (unlisted && more) findings.push(at(more.logLine, UNLISTED_ID, unlistedText(more, unlisted.listed)));
  return { path, source: log.text, diagnostics: findings.sort(compareDiagnostics) };
}

/** The profile files checked, in the order first met: once per node and resource, with the findings of all their failures. */
function profileResults(diagnoses: readonly Diagnosis[]): FileResult[] {
  const results = new Map<string, { path: string; source: string; node: string | null; resource: string | null; findings: Map<string, Diagnostic> }>();
  for (const d of diagnoses) {
    if (!d.profile) continue;
    const key = JSON.stringify([d.profile.path, d.node, d.resource]);
    const entry = results.get(key) ?? { ...d.profile, node: d.node, resource: d.resource, findings: new Map() };
    results.set(key, entry);
    // Two failures explained by the same finding list it once.
    for (const f of d.findings) entry.findings.set(JSON.stringify([f.ruleId, f.span, f.message]), f);
  }
  return [...results.values()].map((r) => ({
    path: r.path,
    source: r.source,
    diagnostics: [...r.findings.values()].sort(compareDiagnostics),
    ...(r.node !== null ? { node: r.node } : {}),
    ...(r.resource !== null ? { resource: r.resource } : {}),
  }));
}

/** The pattern id, or the category (`unexplained`) of a message that no pattern matched. */
function ruleIdOf(d: Diagnosis): string {
  return d.patternId ?? d.category;
}

/** A log message has at least one line: the reader makes no record without one. */
function firstLine(d: Diagnosis): LogLine {
  const [first] = d.logLines;
  if (!first) throw new Error(`the failure at ${d.time} has no log line`);
  return first;
}

/** What each rule id means: the catalog entry of a pattern, or what `unexplained` stands for. */
function descriptors(report: DiagnoseReport): RuleDescriptor[] {
  const found = new Map<string, RuleDescriptor>();
  for (const d of report.diagnoses) {
    const id = ruleIdOf(d);
    if (found.has(id)) continue;
    // A pattern that the catalog given lacks is left to the formats' description of an unknown id.
    const pattern = report.patterns?.find((p) => p.id === id);
    if (d.patternId === null) found.set(id, unexplainedDescriptor(d));
    else if (pattern) found.set(id, patternDescriptor(pattern));
  }
  if (report.unlisted) {
    const description = 'Failed operations after the distinct failures that a diagnose report lists: only counted.';
    const help = `${description}\n\n**What to do:** narrow the log with --since, --until or --resource, so that they are listed.`;
    found.set(UNLISTED_ID, { id: UNLISTED_ID, description, fullDescription: description, severity: 'error', help });
  }
  return [...found.values()];
}

function patternDescriptor(p: LogPattern): RuleDescriptor {
  const explained = p.explainedBy.length > 0 ? `Explained by the findings of ${p.explainedBy.join(', ')} in the profile file.` : 'Not caused by the profile file.';
  const help = [
    p.description,
    `**What to do:** ${p.suggestion}`,
    ...(p.explainedBy.length > 0 ? [`**Explained by:** ${p.explainedBy.map((id) => `\`${id}\` (\`lparlint rules ${id}\`)`).join(', ')}`] : []),
    ...(p.source ? [`**Source:** ${p.source}`] : []),
  ];
  return { id: p.id, description: p.description, fullDescription: cut(`${p.description} ${explained}`, FULL_DESCRIPTION_LIMIT), severity: 'error', help: help.join('\n\n') };
}

function unexplainedDescriptor(d: Diagnosis): RuleDescriptor {
  const description = 'An ERROR message of a VCS agent log that no entry of the log pattern catalog explains.';
  return { id: ruleIdOf(d), description, fullDescription: description, severity: 'error', help: `${description}\n\n**What to do:** ${d.suggestion}` };
}

/**
 * The log lines that the findings quote, one after the other in line order (each ended by \n),
 * and where each starts: a finding's span is its line's text here, its line number the log's. The
 * lines between are left out: a failure at line 6,000,000 of a 1 GB log would otherwise cost an
 * entry for each line before it.
 */
class QuotedLines {
  readonly text: string;
  private readonly starts = new Map<number, number>();

  constructor(lines: readonly LogLine[]) {
    const byNumber = new Map(lines.map((l) => [l.line, l.text]));
    let offset = 0;
    const parts: string[] = [];
    for (const number of [...byNumber.keys()].sort((a, b) => a - b)) {
      const line = byNumber.get(number) as string;
      this.starts.set(number, offset);
      parts.push(`${line}\n`);
      offset += line.length + 1;
    }
    this.text = parts.join('');
  }

  /** The offset of a quoted line's first character (1-based line number of the log). */
  lineStart(line: number): number {
    return this.starts.get(line) ?? this.text.length;
  }
}
