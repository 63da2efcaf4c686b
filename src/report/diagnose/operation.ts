import type { Diagnosis } from '../../diagnose/model.js';

/** What failing means for each entry point of a VCS agent, in the words an operator uses. */
const FAILED: Readonly<Record<string, string>> = {
  online: 'could not be brought online',
  offline: 'could not be taken offline',
  clean: 'could not be cleaned up',
  monitor: 'could not be monitored',
  migrate: 'could not be migrated',
};

/** `lpar05_res could not be brought online on lpar201`: what failed, where. */
export function operationTitle(d: Diagnosis): string {
  const what = d.resource ?? 'a resource';
  const failed = d.entryPoint === null ? 'failed' : (FAILED[d.entryPoint] ?? `failed in its ${d.entryPoint} entry point`);
  return `${what} ${failed} on ${d.node ?? 'an unknown node'}`;
}
