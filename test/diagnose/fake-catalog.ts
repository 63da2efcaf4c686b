import type { LogEntry, LogPattern, PatternMatch } from '../../src/diagnose/model.js';
import { readLogEntries } from '../../src/parse/log/index.js';

/**
 * A small catalog for the correlation tests, independent of the shipped one: the tests then say
 * exactly which pattern a line matches and what it relates to.
 */
export const PARTITION_NOT_FOUND: LogPattern = {
  id: 'test-partition-not-found',
  category: 'vios',
  description: 'The HMC has no partition of that name.',
  regex: 'HSCL8012 The partition named (?<name>[^\\s.]+) was not found',
  captures: { name: 'the partition the HMC looked for' },
  explainedBy: ['vios-name'],
  relate: { mentions: 'name' },
  suggestion: 'The HMC has no partition named {name}.',
};

export const INVALID_ATTRIBUTE: LogPattern = {
  id: 'test-invalid-attribute',
  category: 'profile-attribute',
  description: 'The HMC rejected an attribute name.',
  regex: 'The invalid attribute is (?<attribute>[^\\s.]+)',
  captures: { attribute: 'the attribute' },
  explainedBy: ['read-only-attribute', 'unknown-attribute'],
  relate: { attribute: 'attribute' },
  suggestion: 'Remove {attribute} from the profile file.',
};

export const SSH_REFUSED: LogPattern = {
  id: 'test-ssh',
  category: 'ssh',
  description: 'ssh to the HMC was refused.',
  regex: 'Permission denied',
  captures: {},
  explainedBy: [],
  suggestion: 'Set up password-less ssh to the HMC.',
};

export function fakeMatch(patterns: readonly LogPattern[]): (text: string) => PatternMatch | undefined {
  return (text) => {
    for (const pattern of patterns) {
      const m = new RegExp(pattern.regex, pattern.flags).exec(text);
      if (m) return { pattern, captures: { ...m.groups } };
    }
    return undefined;
  };
}

/** The entries of a log given as text, read by the real reader. */
export function logEntries(text: string, path = 'LPAR_A.log'): AsyncGenerator<LogEntry> {
  return readLogEntries(
    (async function* () {
      yield* text.split('\n').filter((l, i, all) => l !== '' || i < all.length - 1);
    })(),
    path,
  );
}
