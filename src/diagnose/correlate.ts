import { explainingFindings } from './explain.js';
import { fillTemplate } from './fill-template.js';
import { fixDiff } from './fix-diff.js';
import { logTime } from '../parse/log/time.js';
import type { Diagnosis, LogEntry, LogLine, LogRecord, PatternMatch, UnlistedFailures } from './model.js';
import type { ProfileChecker } from './profile-checks.js';
import { failureKind } from './failure.js';

export interface CorrelateOptions {
  /** The pattern catalog: the entry that matches a message's text, if any. */
  readonly match: (text: string) => PatternMatch | undefined;
  /** Finds and checks the profile file of a resource on a node. */
  readonly profiles: ProfileChecker;
  /** `--node`: the node of records that do not name theirs. */
  readonly node?: string;
  /** `--resource`: the records of this resource are operations whatever their agent type. */
  readonly resource?: string;
  /** A reported path as `git apply` takes it, for the fix diffs. */
  readonly gitPath: (path: string) => string;
  /** How many failures get their profile file checked (CHECKED_FAILURES by default). */
  readonly checkedFailures?: number;
  /** How many distinct failures are listed (LISTED_FAILURES by default). */
  readonly listedFailures?: number;
}

export interface Correlation {
  /** The failures, grouped, in the order of their first occurrence. */
  readonly diagnoses: readonly Diagnosis[];
  /** How many log messages were read (after the reader's filters): 0 hints at a wrong filter or file. */
  readonly records: number;
  /** The failures that came after the listed ones were all found; absent when there are none. */
  readonly unlisted?: UnlistedFailures;
}

/**
 * The profile file is checked, and its findings and fix shown, for this many distinct failures
 * (the first ones that a file can explain); later ones get the catalog's explanation and a note.
 * A log of a broken site can hold thousands: their files' findings would make a report no one
 * reads and hold every file checked in memory, while the first ones already show the faults.
 */
export const CHECKED_FAILURES = 200;

/**
 * At most this many distinct failures are listed; the occurrences of later ones are only counted
 * (UnlistedFailures). Each listed failure holds its first message, so without a bound a log whose
 * failures all differ (an id or a time in the text) would be held whole.
 */
export const LISTED_FAILURES = 1000;

/** The category of an ERROR message that no catalog entry matches. */
export const UNEXPLAINED = 'unexplained';

const UNEXPLAINED_SUGGESTION =
  'No entry of the pattern catalog matches this message, so lparlint cannot tell its cause: read it, and the lines around it, in the log. ' +
  'If it comes back, describe it in a patterns file (--patterns FILE), so that lparlint recognises it next time.';

/** The note of a failure whose file was not checked, because `checked` failures before it were. */
function notCheckedNote(checked: number): string {
  return (
    `The profile file was not checked for this failure: lparlint checks it for the first ${checked} distinct failures that a file can explain, and this one came later. ` +
    'Narrow the log with --since, --until or --resource to have it checked.'
  );
}

/** One failure and its repeats, while the log is read. */
interface Group {
  readonly record: LogRecord;
  readonly node: string | undefined;
  readonly match: PatternMatch | undefined;
  count: number;
  /** Kept as a number: the time string of each repeat is a slice of the log that would keep it alive. */
  lastTimestamp: number;
}

/**
 * The failures found so far: by operation (resource, node, entry point), then by message text;
 * in the order of their first occurrence; and those beyond the listed ones.
 */
interface Groups {
  readonly byOperation: Map<string, Map<string, Group>>;
  readonly inOrder: Group[];
  readonly listed: number;
  unlisted?: { occurrences: number; time: string; lastTimestamp: number; logLine: LogLine };
}

/**
 * Reads the log once, in memory bounded by LISTED_FAILURES entries: each failed operation (see
 * failure.ts) is matched against the catalog, repeats of the same failure are counted, and at the
 * end each listed failure is paired with the findings of its profile file that explain it (the
 * first CHECKED_FAILURES of those a file can explain). Give the reader FAILURE_SEVERITIES as its
 * filter's `severities`, and LPAR_AGENT_TYPE as its `agentType` without `--resource`: the other
 * messages are only counted.
 */
export async function correlate(batches: AsyncIterable<readonly LogEntry[]>, options: CorrelateOptions): Promise<Correlation> {
  const groups: Groups = { byOperation: new Map(), inOrder: [], listed: options.listedFailures ?? LISTED_FAILURES };
  let records = 0;
  for await (const batch of batches) {
    for (const entry of batch) {
      if (entry.kind === 'counted') records += entry.records;
      else if (entry.kind === 'record') {
        records++;
        addFailure(groups, entry.record, options);
      }
    }
  }
  const diagnoses: Diagnosis[] = [];
  let checks = options.checkedFailures ?? CHECKED_FAILURES;
  for (const group of groups.inOrder) {
    const explainable = (group.match?.pattern.explainedBy.length ?? 0) > 0;
    diagnoses.push(await diagnosisOf(group, options, explainable && checks-- > 0));
  }
  const { unlisted } = groups;
  return {
    diagnoses,
    records,
    ...(unlisted ? { unlisted: { occurrences: unlisted.occurrences, time: unlisted.time, lastTime: logTime(unlisted.lastTimestamp), logLine: unlisted.logLine } } : {}),
  };
}

/** Counts the record into its group when it is a failure. */
function addFailure(groups: Groups, record: LogRecord, options: CorrelateOptions): void {
  const kind = failureKind(record, options.resource);
  if (kind === undefined) return;
  const operation = JSON.stringify([record.resource ?? null, record.system ?? options.node ?? null, record.entryPoint ?? null]);
  let repeats = groups.byOperation.get(operation);
  // The pattern follows from the text, so a repeat is found by its text without matching it again.
  const group = repeats?.get(record.text);
  if (group) {
    group.count++;
    group.lastTimestamp = record.timestamp;
    return;
  }
  // A warning is a failure only when the catalog knows it (an HMC message, an ssh refusal).
  if (groups.inOrder.length >= groups.listed) {
    if (kind === 'warning' && !options.match(record.text)) return;
    groups.unlisted ??= { occurrences: 0, ...firstOf(keptRecord(record)) };
    groups.unlisted.occurrences++;
    groups.unlisted.lastTimestamp = record.timestamp;
    return;
  }
  const kept = keptRecord(record);
  // Matched on the copy, so that the captures are not slices of the log either.
  const match = options.match(kept.text);
  if (kind === 'warning' && !match) return;
  const added = { record: kept, node: kept.system ?? options.node, match, count: 1, lastTimestamp: kept.timestamp };
  if (!repeats) groups.byOperation.set(operation, (repeats = new Map()));
  repeats.set(kept.text, added);
  groups.inOrder.push(added);
}

/** Where and when a failure occurred first. */
function firstOf(record: LogRecord): { time: string; lastTimestamp: number; logLine: LogLine } {
  return { time: record.time, lastTimestamp: record.timestamp, logLine: record.lines[0] as LogLine };
}

/**
 * A copy of a record that holds none of the reader's strings. Those are slices of the 64 KB piece
 * of the file they were read from, and V8 keeps the whole piece alive for a slice: a record kept
 * for its failure would keep 64 KB of log each.
 */
function keptRecord(record: LogRecord): LogRecord {
  return JSON.parse(JSON.stringify(record)) as LogRecord;
}


async function diagnosisOf(group: Group, options: CorrelateOptions, checkProfile: boolean): Promise<Diagnosis> {
  const { record, match, node } = group;
  const base = {
    time: record.time,
    lastTime: logTime(group.lastTimestamp),
    count: group.count,
    resource: record.resource ?? null,
    node: node ?? null,
    entryPoint: record.entryPoint ?? null,
    logLines: record.lines,
  };
  if (!match) return { ...base, patternId: null, category: UNEXPLAINED, findings: [], suggestion: UNEXPLAINED_SUGGESTION };

  const matched = { ...base, patternId: match.pattern.id, category: match.pattern.category, suggestion: fillTemplate(match.pattern.suggestion, match.captures) };
  // An ssh refusal or an HMC outage has nothing to do with the profile file: it is not looked at.
  if (match.pattern.explainedBy.length === 0) return { ...matched, findings: [] };
  if (!checkProfile) return { ...matched, findings: [], note: notCheckedNote(options.checkedFailures ?? CHECKED_FAILURES) };
  const check = await options.profiles(record.resource, node);
  const findings = explainingFindings(match, check.diagnostics);
  const fix = check.profile && fixDiff(options.gitPath(check.profile.path), check.profile.source, findings);
  return {
    ...matched,
    ...(check.profile ? { profile: check.profile } : {}),
    findings,
    ...(check.note ? { note: check.note } : {}),
    ...(fix ? { fixDiff: fix.diff, fixSafe: fix.safe } : {}),
  };
}
