import { isNullValue } from '../lint/helpers/null-value.js';
import type { Pair, ProfileDocument } from '../parse/profile/document.js';
import { getProfileSchema } from '../validate/schema.js';
import {
  PARTITION_FALLBACK_FIELDS,
  PARTITION_FIELDS,
  PROFILE_FIELDS,
  PROFILE_NAME_KEY,
  PROFILE_NAME_RENAMED,
  SHARED_PROCESSOR_FIELDS,
} from './fields.js';
import { pairText } from './pair-text.js';

export interface GeneratedProfile {
  /** The profile file: one line, ending with a line end. */
  readonly text: string;
  /** What was done beyond the procedure's lists, one sentence each, for the user to read. */
  readonly notes: readonly string[];
}

/**
 * Builds the profile file from one `lssyscfg -r lpar` record and one `lssyscfg -r prof` record as
 * the procedure does by hand (steps 2 to 5, see fields.ts): the selected pairs of the partition,
 * then those of the profile with `name` renamed to `profile_name`, joined with commas on one line.
 * Each pair is copied as the HMC printed it, so quoting stays exactly the HMC's.
 */
export function generateProfile(partition: ProfileDocument, profile: ProfileDocument): GeneratedProfile {
  const profileKeys = new Set(profile.pairs.map((p) => p.key));
  const shared = profile.pairs.find((p) => p.key === 'proc_mode')?.value === 'shared';
  const pieces: string[] = [];
  const copied = new Set<Pair>();
  const nulls: string[] = [];
  const fallbacks: string[] = [];
  const sharedKept: string[] = [];
  const conflicts: string[] = [];
  const outputKeys = new Set<string>();

  /** Copies a selected pair unless it is `null`; says whether it did. */
  const copy = (document: ProfileDocument, pair: Pair, output: string, key: string = pair.key): boolean => {
    copied.add(pair);
    if (isNullValue(pair)) {
      nulls.push(`${pair.key} (${output})`);
      return false;
    }
    pieces.push(pairText(document, pair, key));
    outputKeys.add(key);
    return true;
  };

  for (const pair of partition.pairs) {
    if (PARTITION_FIELDS.has(pair.key)) {
      const other = PROFILE_FIELDS.has(pair.key) ? profile.pairs.find((p) => p.key === pair.key && !isNullValue(p)) : undefined;
      if (other && !isNullValue(pair) && other.value !== pair.value) {
        // Both parts would carry it with different values, an error: the profile's copy alone is kept (fields.ts).
        copied.add(pair);
        conflicts.push(`${pair.key} (${pair.value} in the partition output, ${other.value} in the profile output)`);
      } else {
        copy(partition, pair, 'partition output');
      }
    } else if (PARTITION_FALLBACK_FIELDS.has(pair.key) && !profileKeys.has(pair.key) && copy(partition, pair, 'partition output')) {
      fallbacks.push(pair.key);
    }
  }
  for (const pair of profile.pairs) {
    if (pair.key === PROFILE_NAME_KEY) copy(profile, pair, 'profile output', PROFILE_NAME_RENAMED);
    else if (PROFILE_FIELDS.has(pair.key)) copy(profile, pair, 'profile output');
    else if (shared && SHARED_PROCESSOR_FIELDS.has(pair.key) && copy(profile, pair, 'profile output')) sharedKept.push(pair.key);
  }

  const notes: string[] = [];
  if (fallbacks.length > 0) {
    notes.push(`took ${list(fallbacks)} from the partition output: the profile output has none, and step 2 of the procedure lists it`);
  }
  if (conflicts.length > 0) {
    notes.push(`the two outputs differ on ${list(conflicts)}: kept only the profile's value, which is what the re-created partition takes from the profile`);
  }
  if (sharedKept.length > 0) {
    notes.push(
      `proc_mode is shared: kept ${list(sharedKept)}, which the procedure does not list but a shared-processor partition needs (its processing units, uncapped weight and shared processor pool)`,
    );
  }
  if (nulls.length > 0) {
    notes.push(`left out ${list(nulls)}: lssyscfg prints null for a setting that does not apply, and partition creation does not take it`);
  }
  const notCopied = settingsNotCopied([...partition.pairs, ...profile.pairs], copied, outputKeys, shared);
  if (notCopied.length > 0) {
    notes.push(`not copied, as the procedure does not list them: ${list(notCopied)}; if the partition needs them, add them to the line by hand`);
  }
  return { text: pieces.join(',') + '\n', notes };
}

/**
 * Settings of the inputs that the selection left out and that could matter: not read-only state
 * (partition creation rejects it), not `null`, `none` or empty (nothing to lose), not already in
 * the line from the other output, and not a shared-processor setting of a dedicated partition.
 */
function settingsNotCopied(pairs: readonly Pair[], copied: ReadonlySet<Pair>, outputKeys: ReadonlySet<string>, shared: boolean): string[] {
  const attributes = getProfileSchema().model.attributes;
  const names = new Set<string>();
  for (const pair of pairs) {
    if (copied.has(pair) || outputKeys.has(pair.key) || attributes.get(pair.key)?.readOnly) continue;
    if (isNullValue(pair) || pair.value === 'none' || pair.value === '') continue;
    if (!shared && SHARED_PROCESSOR_FIELDS.has(pair.key)) continue;
    names.add(pair.key);
  }
  return [...names];
}

function list(names: readonly string[]): string {
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
