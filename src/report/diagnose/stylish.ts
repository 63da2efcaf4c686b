import { Chalk, type ChalkInstance } from 'chalk';
import { LineIndex } from '../../core/span.js';
import type { Diagnosis, LogLine } from '../../diagnose/model.js';
import { findingLines, findingWidths } from '../finding-lines.js';
import { plural } from '../plural.js';
import { noFailuresText } from './no-failures.js';
import { operationTitle } from './operation.js';
import { unlistedText } from './unlisted.js';
import type { DiagnoseFormatter, DiagnoseReport } from './report.js';

/**
 * The human format of `diagnose`, for an operator woken by a failed failover: per failure, one line
 * that says what failed where and how often, then the log lines, the cause, the findings in the
 * profile file (as `check` prints them, with the excerpt and marker), and the fix as a diff that
 * `git apply` takes, printed flush left so it can be copied as it is.
 *
 *   ✖ resource could not be brought online on node
 *     when:  time (N times, last at ...)
 *     log:   path:line
 *            the message's lines
 *     cause: the catalog's explanation  [pattern-id]
 *     file:  profile path  (resource on node)
 *       line:column  severity  message  rule-id  ...
 *     note:  why a file could not be checked
 *     fix:   safe / unsafe
 *   diff --git ...
 */
export const diagnoseStylish: DiagnoseFormatter = (report, context) => {
  const paint = new Chalk({ level: context.color ? 1 : 0 });
  const out: string[] = [];
  for (const d of report.diagnoses) out.push(...diagnosisLines(d, paint), '');
  out.push(summaryLine(report, paint));
  return out.join('\n') + '\n';
};

/** Labels are padded to one width, so the values line up under each other. */
const LABEL_WIDTH = 'cause: '.length;
const LABEL_INDENT = '  ';
const VALUE_INDENT = LABEL_INDENT + ' '.repeat(LABEL_WIDTH);
/** Where the cause and the note are wrapped: they are paragraphs, unlike the findings' one-line messages. */
const TEXT_WIDTH = 100;
/** Log lines can be as long as a profile file: this much of each is shown. */
const LOG_LINE_WIDTH = 160;
/** A message with more continuation lines than this shows the first ones and a count. */
const LOG_LINES_SHOWN = 8;

function diagnosisLines(d: Diagnosis, paint: ChalkInstance): string[] {
  const out: string[] = [];
  out.push(`${paint.red('✖')} ${paint.bold(operationTitle(d))}`);
  out.push(labelled('when', d.count > 1 ? `${d.time} (${d.count} times, last at ${lastTime(d)})` : d.time, paint));

  const first = d.logLines[0];
  if (first) out.push(labelled('log', paint.underline(`${first.path}:${first.line}`), paint));
  out.push(...logText(d.logLines, paint));

  const pattern = d.patternId === null ? paint.yellow('[not explained]') : paint.dim(`[${d.patternId}]`);
  out.push(...labelledText('cause', `${d.suggestion}  ${pattern}`, paint));

  if (d.profile) {
    const owner = d.resource !== null && d.node !== null ? paint.dim(`  (${d.resource} on ${d.node})`) : '';
    const verdict = d.findings.length === 0 ? paint.dim('  nothing in it explains this failure') : '';
    out.push(labelled('file', paint.underline(d.profile.path) + owner + verdict, paint));
    const lines = new LineIndex(d.profile.source);
    const widths = findingWidths(d.findings);
    for (const f of d.findings) out.push(...findingLines(f, lines, paint, widths).map((l) => LABEL_INDENT + l));
  }
  if (d.note) out.push(...labelledText('note', d.note, paint));
  if (d.fixDiff) {
    const kind = d.fixSafe ? 'safe: it cannot change what the partition becomes' : paint.yellow('unsafe: it changes a value, review it');
    out.push(labelled('fix', `${kind}; save the diff below to a file and run git apply FILE`, paint));
    out.push(...d.fixDiff.trimEnd().split('\n').map((l) => diffPaint(l, paint)));
  }
  return out;
}

function labelled(label: string, value: string, paint: ChalkInstance): string {
  return LABEL_INDENT + paint.bold(`${label}:`.padEnd(LABEL_WIDTH)) + value;
}

/** A label and a paragraph of text, wrapped at TEXT_WIDTH with the lines under each other. */
function labelledText(label: string, text: string, paint: ChalkInstance): string[] {
  const [first = '', ...rest] = wrap(text, TEXT_WIDTH - VALUE_INDENT.length);
  return [labelled(label, first, paint), ...rest.map((line) => VALUE_INDENT + line)];
}

/** Splits text at blanks into lines of at most `width` characters; a longer word gets a line of its own. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  return [...lines, line];
}

/** The message's lines, each cut to LOG_LINE_WIDTH, at most LOG_LINES_SHOWN of them. */
function logText(lines: readonly LogLine[], paint: ChalkInstance): string[] {
  const shown = lines.slice(0, LOG_LINES_SHOWN).map((l) => VALUE_INDENT + paint.dim(cut(l.text)));
  if (lines.length > LOG_LINES_SHOWN) shown.push(VALUE_INDENT + paint.dim(`… ${plural(lines.length - LOG_LINES_SHOWN, 'more line')}`));
  return shown;
}

function cut(text: string): string {
  return text.length <= LOG_LINE_WIDTH ? text : `${text.slice(0, LOG_LINE_WIDTH - 1)}…`;
}

/** The last time, without the date when it is the first time's date. */
function lastTime(d: Diagnosis): string {
  const [date, time] = d.lastTime.split(' ');
  return date !== undefined && time !== undefined && d.time.startsWith(`${date} `) ? time : d.lastTime;
}

function diffPaint(line: string, paint: ChalkInstance): string {
  if (line.startsWith('+++') || line.startsWith('---') || line.startsWith('diff ')) return paint.bold(line);
  if (line.startsWith('+')) return paint.green(line);
  if (line.startsWith('-')) return paint.red(line);
  if (line.startsWith('@@')) return paint.cyan(line);
  return line;
}

function summaryLine(report: DiagnoseReport, paint: ChalkInstance): string {
  if (report.diagnoses.length === 0) return paint.green(`✔ ${noFailuresText(report)}`);
  const logs = report.logs.join(', ');
  const occurrences = report.diagnoses.reduce((n, d) => n + d.count, 0);
  const explained = report.diagnoses.filter((d) => d.findings.length > 0).length;
  const times = occurrences > report.diagnoses.length ? ` (${plural(occurrences, 'time')} in all)` : '';
  const cause = explained > 0 ? `; ${explained} explained by the findings above` : '';
  const summary = paint.red.bold(`✖ ${plural(report.diagnoses.length, 'failure')}${times} in ${logs}${cause}`);
  return report.unlisted ? `${summary}\n${paint.red(`✖ ${unlistedText(report.unlisted, report.diagnoses.length)}`)}` : summary;
}
