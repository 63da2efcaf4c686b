import type { UnlistedFailures } from '../../diagnose/model.js';
import { plural } from '../plural.js';

/** The rule id under which the CI formats report the failures that are not listed. */
export const UNLISTED_ID = 'unlisted';

/** What every diagnose format says of the failures after the listed ones (`listed` of them). */
export function unlistedText(unlisted: UnlistedFailures, listed: number): string {
  const when = unlisted.occurrences === 1 ? `at ${unlisted.time}` : `from ${unlisted.time} to ${unlisted.lastTime}`;
  return (
    `${plural(unlisted.occurrences, 'more failed operation')} ${when} not listed: a report lists the first ${listed} distinct failures; ` +
    'narrow the log with --since, --until or --resource to see the others'
  );
}
