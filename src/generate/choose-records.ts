import { firstPair } from '../lint/helpers/first-pair.js';
import { InputError } from '../read/input-error.js';
import { PARTITION_COMMAND, PROFILE_COMMAND } from './capture-commands.js';
import type { OutputRecord } from './lssyscfg-records.js';

/** A record with the name it is chosen by. */
export interface NamedRecord extends OutputRecord {
  readonly name: string;
}

/**
 * The partition to generate for, from saved `lssyscfg -r lpar` output: the record whose `name`
 * is `wanted` (`--lpar-name`), or the only record when no name is given. Output of a whole
 * server (no `--filter`) lists every partition, which is why one may be chosen by name.
 */
export function choosePartition(records: readonly OutputRecord[], wanted: string | undefined, what: string): NamedRecord {
  const partitions = records.map((record) => {
    // lssyscfg -r prof names the partition in lpar_name; -r lpar never prints it.
    if (firstPair(record.document, 'lpar_name')) {
      throw new InputError(`${what}: line ${record.line} is a profile (it has lpar_name=), not a partition; give the output of ${PARTITION_COMMAND} as --lpar and the profile as --prof`);
    }
    return { ...record, name: requiredValue(record, 'name', what, PARTITION_COMMAND) };
  });
  if (wanted === undefined) {
    if (partitions.length === 1) return partitions[0]!;
    throw new InputError(`${what}: lists ${partitions.length} partitions (${names(partitions)}); choose one with --lpar-name`);
  }
  const matches = partitions.filter((p) => p.name === wanted);
  if (matches.length === 0) throw new InputError(`${what}: no partition named ${wanted}; it lists ${names(partitions)}`);
  if (matches.length > 1) throw new InputError(`${what}: partition ${wanted} is listed ${matches.length} times (lines ${lines(matches)}); keep one`);
  return matches[0]!;
}

/**
 * The profile to generate from, from saved `lssyscfg -r prof` output: among the records whose
 * `lpar_name` is the partition, the one whose `name` is `wanted` (`--profile-name`), or the only
 * one when no name is given. A record without `lpar_name` is not profile output.
 */
export function chooseProfile(records: readonly OutputRecord[], partition: string, wanted: string | undefined, what: string): NamedRecord {
  const profiles = records.map((record) => {
    if (!firstPair(record.document, 'lpar_name')) {
      throw new InputError(`${what}: line ${record.line} has no lpar_name=, so it is not a profile; give the output of ${PROFILE_COMMAND} as --prof`);
    }
    return { ...record, name: requiredValue(record, 'name', what, PROFILE_COMMAND), partition: firstPair(record.document, 'lpar_name')!.value };
  });
  const own = profiles.filter((p) => p.partition === partition);
  if (own.length === 0) {
    const others = [...new Set(profiles.map((p) => p.partition))].join(', ');
    throw new InputError(`${what}: no profile of partition ${partition}; it holds profiles of ${others}`);
  }
  if (wanted === undefined) {
    if (own.length === 1) return own[0]!;
    throw new InputError(`${what}: partition ${partition} has ${own.length} profiles (${names(own)}); choose one with --profile-name`);
  }
  const matches = own.filter((p) => p.name === wanted);
  if (matches.length === 0) throw new InputError(`${what}: partition ${partition} has no profile named ${wanted}; its profiles are ${names(own)}`);
  if (matches.length > 1) throw new InputError(`${what}: profile ${wanted} of partition ${partition} is listed ${matches.length} times (lines ${lines(matches)}); keep one`);
  return matches[0]!;
}

function requiredValue(record: OutputRecord, key: string, what: string, command: string): string {
  const value = firstPair(record.document, key)?.value;
  if (value === undefined || value === '') {
    throw new InputError(`${what}: line ${record.line} has no ${key}=; expected the output of ${command}`);
  }
  return value;
}

function names(records: readonly NamedRecord[]): string {
  return records.map((r) => r.name).join(', ');
}

function lines(records: readonly NamedRecord[]): string {
  return records.map((r) => r.line).join(', ');
}
