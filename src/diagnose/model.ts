import type { Diagnostic } from '../core/diagnostic.js';

/** One physical line of a log file. `line` is 1-based. */
export interface LogLine {
  readonly path: string;
  readonly line: number;
  readonly text: string;
}

/**
 * One VCS log message (vcs-lpar-agent.md §3.2):
 * `YYYY/MM/DD HH:MM:SS VCS <SEVERITY> V-16-<cat>-<id> [Thread(<n>)|(<sys>)] <Type>:<Resource>:<EntryPoint>:<text>`,
 * with the lines that continue it. Engine-style messages have no Type/Resource/EntryPoint.
 */
export interface LogRecord {
  /** As written: `2024/03/05 10:15:42`. */
  readonly time: string;
  /** Milliseconds for ordering and filters; the log has no time zone, so read as UTC consistently. */
  readonly timestamp: number;
  /** ERROR, WARNING, NOTICE, INFO, CRITICAL ... as written. */
  readonly severity: string;
  /** Unique message id, e.g. `V-16-2-13067`. */
  readonly umi: string;
  readonly thread?: string;
  /** `(<sys>)` after the UMI: the system (node) the message is about. */
  readonly system?: string;
  /** Agent messages: `LPAR`, `Mount`, ... */
  readonly agentType?: string;
  readonly resource?: string;
  readonly entryPoint?: string;
  /** The message text; continuation lines are joined with `\n`. */
  readonly text: string;
  /** The lines the record was read from, first line first. */
  readonly lines: readonly LogLine[];
}

/**
 * What the reader yields: messages, lines it could not read as one (kept, never misread), and how
 * many messages the filter kept without asking for them in full (`severities`): only counted.
 */
export type LogEntry =
  | { readonly kind: 'record'; readonly record: LogRecord }
  | { readonly kind: 'unparsed'; readonly line: LogLine }
  | { readonly kind: 'counted'; readonly records: number };

export interface LogFilter {
  /** Keep records at or after this time (ms). */
  readonly since?: number;
  /** Keep records at or before this time (ms). */
  readonly until?: number;
  /** Keep records of this resource only. */
  readonly resource?: string;
  /**
   * Read in full only the records of these severities (as written: `ERROR`); the others that the
   * filter keeps are counted, not read. Most of a log is routine INFO that no one asks for.
   */
  readonly severities?: ReadonlySet<string>;
  /** Read in full only the records of this agent type (`LPAR`); the others that the filter keeps are counted. */
  readonly agentType?: string;
}

/** An entry of the pattern catalog (rules/log-patterns.json, schemas/log-patterns.schema.json). */
export interface LogPattern {
  readonly id: string;
  /** What kind of failure: `profile-attribute`, `profile-format`, `vios`, `memory`, `processors`, `hmc`, `ssh`, `profile-file`, ... */
  readonly category: string;
  readonly description: string;
  /** Source of the regular expression (named groups carry the captures). */
  readonly regex: string;
  /** Regular expression flags, `i` at most (no `g`/`y`: matching is stateless). */
  readonly flags?: string;
  /** What each named capture means. */
  readonly captures: Readonly<Record<string, string>>;
  /** The lint rules whose findings can explain a log line of this kind. */
  readonly explainedBy: readonly string[];
  /**
   * How a finding is tied to one match: `attribute` names a capture that must equal the finding's
   * attribute; `mentions` names a capture whose value the finding's message must contain.
   */
  readonly relate?: { readonly attribute?: string; readonly mentions?: string };
  /** What to do, with `{capture}` placeholders. */
  readonly suggestion: string;
  /** Where the message text comes from: the program or document that prints or quotes it. */
  readonly source?: string;
}

export interface PatternMatch {
  readonly pattern: LogPattern;
  readonly captures: Readonly<Record<string, string>>;
}

/** One failure as `diagnose` reports it (JSON: `diagnoses[]`). Repeats of the same failure are grouped. */
export interface Diagnosis {
  readonly time: string;
  /** Last time of a repeated failure, and how often it occurred. */
  readonly lastTime: string;
  readonly count: number;
  readonly resource: string | null;
  readonly node: string | null;
  readonly entryPoint: string | null;
  /** null for an ERROR line that no catalog entry matches: listed as unexplained. */
  readonly patternId: string | null;
  readonly category: string;
  readonly logLines: readonly LogLine[];
  /** The profile file checked for this failure, when one was found. */
  readonly profile?: { readonly path: string; readonly source: string };
  /** The findings in that file that explain the failure, as `check` reports them. */
  readonly findings: readonly Diagnostic[];
  /** The cause in plain words, and what to do. */
  readonly suggestion: string;
  /** Why no profile file (or not the node's) could be checked, and what to give lparlint for it. */
  readonly note?: string;
  /** The fixes of those findings as a unified diff, when any exist. */
  readonly fixDiff?: string;
  /** With `fixDiff`: true when every fix in it is safe; false when one changes a value (review it). */
  readonly fixSafe?: boolean;
}

/**
 * The failures beyond the number a report lists (LISTED_FAILURES distinct ones): only how often
 * they occurred, when, and where the first one is, so that memory stays bounded whatever the log.
 */
export interface UnlistedFailures {
  readonly occurrences: number;
  /** The first and last time of those occurrences, as the log writes times. */
  readonly time: string;
  readonly lastTime: string;
  /** The first line of the first of them. */
  readonly logLine: LogLine;
}
