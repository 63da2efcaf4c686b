import { utcTimestamp } from './time.js';

/** `YYYY/MM/DD`: the date part of a log time. */
const DATE_LENGTH = 10;
const ZERO = 48;

/**
 * The timestamps of log times read in place, as logTimestamp gives them (without its regex and
 * Date round trip), for every line of a large log: the messages of one day share their date, so
 * the date is read once per change of day (calendar checks included) and only the time of day per
 * line. The caller has checked the `YYYY/MM/DD HH:MM:SS` shape (digits and separators) at `start`.
 */
export class DayClock {
  private date = '';
  private dayStart: number | undefined;

  /** Whether the date at `start` exists (not month 13, not February 30). */
  dateExists(text: string, start: number): boolean {
    if (this.date === '' || !text.startsWith(this.date, start)) {
      this.date = text.slice(start, start + DATE_LENGTH);
      this.dayStart = utcTimestamp(digits(text, start, 4), digits(text, start + 5, 2), digits(text, start + 8, 2), 0, 0, 0);
    }
    return this.dayStart !== undefined;
  }

  /** The timestamp of the time at `start`, or undefined when there is no such moment (month 13, hour 24). */
  timestamp(text: string, start: number): number | undefined {
    if (!this.dateExists(text, start) || this.dayStart === undefined) return undefined;
    const hour = digits(text, start + 11, 2);
    const minute = digits(text, start + 14, 2);
    const second = digits(text, start + 17, 2);
    if (hour > 23 || minute > 59 || second > 59) return undefined;
    return this.dayStart + ((hour * 60 + minute) * 60 + second) * 1000;
  }
}

/** The number written with `count` decimal digits at `at`. */
function digits(text: string, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i++) value = value * 10 + text.charCodeAt(i) - ZERO;
  return value;
}
