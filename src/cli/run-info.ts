import { hostname } from 'node:os';
import { packageInfo } from '../core/package-info.js';
import { InputError } from '../read/input-error.js';
import type { RunInfo } from '../report/overview.js';
import type { CliIo } from './io.js';

/** What the report says of the machine and the clock; tests give their own. */
export interface RunEnvironment {
  readonly now: () => Date;
  readonly hostname: () => string;
}

const LATEST_SECONDS = Date.UTC(9999, 11, 31, 23, 59, 59) / 1000;

const SYSTEM: RunEnvironment = { now: () => new Date(), hostname };

/**
 * When, where and how this run was made, for the report's header. The time is
 * `SOURCE_DATE_EPOCH` when set (https://reproducible-builds.org/specs/source-date-epoch/), so that
 * the same input gives the same report file; an unusable value stops the run (InputError) rather
 * than stamp a wrong time.
 */
export function runInfo(io: Pick<CliIo, 'env' | 'argv'>, environment: RunEnvironment = SYSTEM): RunInfo {
  return {
    version: packageInfo().version,
    generatedAt: isoSeconds(reportTime(io.env.SOURCE_DATE_EPOCH, environment.now)),
    host: environment.hostname(),
    command: ['lparlint', ...(io.argv ?? []).map(shellWord)].join(' '),
  };
}

function reportTime(epoch: string | undefined, now: () => Date): Date {
  if (epoch === undefined || epoch === '') return now();
  const seconds = /^\d+$/.test(epoch) ? Number(epoch) : NaN;
  // Up to the end of year 9999: the latest time an ISO 8601 date of four digits can say.
  if (!(seconds <= LATEST_SECONDS)) {
    throw new InputError(`SOURCE_DATE_EPOCH=${epoch}: give the report's time as whole seconds since 1970-01-01 UTC, e.g. SOURCE_DATE_EPOCH=1709633742, or unset it`);
  }
  return new Date(seconds * 1000);
}

/** `2024-03-05T10:15:42Z`: an ISO 8601 time to the second, as the header shows it. */
function isoSeconds(time: Date): string {
  return `${time.toISOString().slice(0, 19)}Z`;
}

/** An argument as a POSIX shell would need it, so the command shown can be run again as it is. */
function shellWord(argument: string): string {
  return /^[\w@%+=:,./-]+$/.test(argument) ? argument : `'${argument.replace(/'/g, `'\\''`)}'`;
}
