import { InputError } from '../../read/input-error.js';

/** How VCS writes a time (vcs-lpar-agent.md §3.2); the log has no time zone, so every time is read as UTC. */
const LOG_TIME = /^(\d{4})\/(\d{2})\/(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;
const ISO_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/;

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/**
 * Milliseconds of a calendar date and time read as UTC, or undefined when there is no such moment
 * (month 13, February 30, hour 24). Date.UTC would roll these over into a real date silently.
 */
export function utcTimestamp(year: number, month: number, day: number, hour: number, minute: number, second: number): number | undefined {
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const ms = Date.UTC(year, month - 1, day, hour, minute, second);
  const date = new Date(ms);
  // Date.UTC also maps years 0-99 to 1900-1999: the round trip rejects those too.
  const same = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return same ? ms : undefined;
}

/** The timestamp of a time as the log writes it (`2024/03/05 10:15:42`), or undefined when it is not one. */
export function logTimestamp(time: string): number | undefined {
  const m = LOG_TIME.exec(time);
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  return utcTimestamp(year, month, day, hour, minute, second);
}

/** A timestamp written as the log writes times (`2024/03/05 10:15:42`): logTimestamp's inverse. */
export function logTime(timestamp: number): string {
  const d = new Date(timestamp);
  const two = (n: number): string => String(n).padStart(2, '0');
  const date = `${String(d.getUTCFullYear()).padStart(4, '0')}/${two(d.getUTCMonth() + 1)}/${two(d.getUTCDate())}`;
  return `${date} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
}

/**
 * Reads a `--since`/`--until` value: `YYYY/MM/DD HH:MM:SS` (copied from the log), `YYYY-MM-DD` or
 * `YYYY-MM-DDTHH:MM[:SS]`, as UTC like the log's own times. For `until`, a value without seconds or
 * without a time covers its whole minute or day, so `--until 2024-03-05` keeps that day's records.
 * Throws an InputError (exit code 2) naming the accepted forms.
 */
export function parseTime(text: string, bound: 'since' | 'until' = 'since'): number {
  const given = text.trim();
  const log = logTimestamp(given);
  if (log !== undefined) return log;
  const m = ISO_TIME.exec(given);
  if (!m) {
    if (LOG_TIME.test(given)) throw noSuchTime(text);
    throw new InputError(
      `invalid time "${text}": write it as YYYY/MM/DD HH:MM:SS (as the log does), YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS], e.g. 2024-03-05T10:15`,
    );
  }
  const [year, month, day] = m.slice(1, 4).map(Number) as [number, number, number];
  const [hour, minute, second] = [m[4], m[5], m[6]].map((part) => Number(part ?? 0)) as [number, number, number];
  const start = utcTimestamp(year, month, day, hour, minute, second);
  if (start === undefined) throw noSuchTime(text);
  if (bound === 'since' || m[6] !== undefined) return start;
  return start + (m[4] === undefined ? DAY : MINUTE) - 1;
}

function noSuchTime(text: string): InputError {
  return new InputError(`invalid time "${text}": there is no such date or time of day`);
}
