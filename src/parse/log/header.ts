import type { LogRecord } from '../../diagnose/model.js';
import { DayClock } from './day-clock.js';

/** The fields of a message's first line; the reader adds the continuation lines. */
export type LogHeader = Omit<LogRecord, 'lines'>;

// Every part below is a run of one character class ended by a literal that the class excludes, and
// nothing repeats a group: matching is linear in the line length, however long or hostile the line.

/** Time, mnemonic, severity and UMI (vcs-lpar-agent.md §3.2). The UMI ends the line or is followed by blanks. */
const PREFIX = /^(\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2}) +VCS +([A-Z][A-Z0-9_]*) +(V-16-\d+-\d+)(?: +|$)/;
/** `Thread(<n>)` of the 6.x/7.x agent framework, or `(<sys>)` of agent messages relayed to the engine log. */
const ORIGIN = /^(?:Thread\(([^()\s]+)\)|\(([^()\s]+)\))(?: +|$)/;
/**
 * `<Type>:<Resource>:<EntryPoint>:` of agent messages. No blanks inside, so engine text that holds
 * colons (`Resource Mount_x (Owner: unknown, ...)`) is not read as one.
 */
const AGENT = /^([A-Za-z]\w*):([^\s:]+):([A-Za-z]\w*):/;

/** Lines of one log mostly share their date: it is read once per day. */
const clock = new DayClock();

/**
 * Reads one log line as the start of a VCS message: the header fields and the text on this line.
 * Undefined when the line does not start one (a continuation line, another format, an invalid date).
 * A CR before the line end (a log copied through Windows) is ignored.
 */
export function parseLogLine(line: string): LogHeader | undefined {
  const text = withoutCr(line);
  const prefix = PREFIX.exec(text);
  if (!prefix) return undefined;
  const [whole, time, severity, umi] = prefix as RegExpExecArray & [string, string, string, string];
  const timestamp = clock.timestamp(text, 0);
  if (timestamp === undefined) return undefined;

  let rest = text.slice(whole.length);
  const origin = ORIGIN.exec(rest);
  if (origin) rest = rest.slice(origin[0].length);
  const agent = AGENT.exec(rest);
  if (agent) rest = rest.slice(agent[0].length);

  return {
    time,
    timestamp,
    severity,
    umi,
    ...(origin?.[1] !== undefined ? { thread: origin[1] } : {}),
    ...(origin?.[2] !== undefined ? { system: origin[2] } : {}),
    ...(agent ? { agentType: agent[1], resource: agent[2], entryPoint: agent[3] } : {}),
    text: rest,
  };
}

/** The line without the CR that a Windows line end leaves before it. */
export function withoutCr(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}
