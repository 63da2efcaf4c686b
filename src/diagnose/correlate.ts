import { explainingFindings } from './explain.js';
import { fillTemplate } from './fill-template.js';
import { fixDiff } from './fix-diff.js';
import type { Diagnosis, LogEntry, LogRecord, PatternMatch } from './model.js';
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
}

export interface Correlation {
  /** The failures, grouped, in the order of their first occurrence. */
  readonly diagnoses: readonly Diagnosis[];
  /** How many log messages were read (after the reader's filters): 0 hints at a wrong filter or file. */
  readonly records: number;
}

/** The category of an ERROR message that no catalog entry matches. */
export const UNEXPLAINED = 'unexplained';

const UNEXPLAINED_SUGGESTION =
  'No entry of the pattern catalog matches this message, so lparlint cannot tell its cause: read it, and the lines around it, in the log. ' +
  'If it comes back, describe it in a patterns file (--patterns FILE), so that lparlint recognises it next time.';

/** One failure and its repeats, while the log is read. */
interface Group {
  readonly record: LogRecord;
  readonly node: string | undefined;
  readonly match: PatternMatch | undefined;
  count: number;
  lastTime: string;
}

/**
 * Reads the log once, in constant memory apart from one entry per distinct failure: each failed
 * operation (see failure.ts) is matched against the catalog, repeats of the same failure are
 * counted, and at the end each distinct failure is paired with the findings of its profile file
 * that explain it.
 */
export async function correlate(entries: AsyncIterable<LogEntry>, options: CorrelateOptions): Promise<Correlation> {
  const groups = new Map<string, Group>();
  let records = 0;
  for await (const entry of entries) {
    if (entry.kind !== 'record') continue;
    records++;
    const { record } = entry;
    const kind = failureKind(record, options.resource);
    if (kind === undefined) continue;
    const match = options.match(record.text);
    // A warning is a failure only when the catalog knows it (an HMC message, an ssh refusal).
    if (kind === 'warning' && !match) continue;
    const node = record.system ?? options.node;
    const key = JSON.stringify([record.resource ?? null, node ?? null, record.entryPoint ?? null, match?.pattern.id ?? null, record.text]);
    const group = groups.get(key);
    if (group) {
      group.count++;
      group.lastTime = record.time;
    } else {
      groups.set(key, { record, node, match, count: 1, lastTime: record.time });
    }
  }
  const diagnoses: Diagnosis[] = [];
  for (const group of groups.values()) diagnoses.push(await diagnosisOf(group, options));
  return { diagnoses, records };
}

async function diagnosisOf(group: Group, options: CorrelateOptions): Promise<Diagnosis> {
  const { record, match, node } = group;
  const base = {
    time: record.time,
    lastTime: group.lastTime,
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
