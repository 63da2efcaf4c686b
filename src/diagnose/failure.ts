import type { LogRecord } from './model.js';

/** The agent type of the VCS LPAR agent, as its messages name it (`LPAR:<resource>:<entry point>:`). */
export const LPAR_AGENT_TYPE = 'LPAR';

/** The severities of failures: the reader need not read messages of any other in full. */
export const FAILURE_SEVERITIES: ReadonlySet<string> = new Set(['ERROR', 'CRITICAL', 'WARNING']);

/**
 * Whether a log message reports a failed operation: a message of the LPAR agent (or, with
 * `--resource`, of that resource whatever its agent) with severity ERROR or CRITICAL, which always
 * counts, or WARNING, which counts only when a catalog entry matches it (the caller decides).
 * Undefined for anything else: other agents, engine messages, INFO and NOTICE.
 */
export function failureKind(record: LogRecord, resource: string | undefined): 'error' | 'warning' | undefined {
  const operation = record.agentType === LPAR_AGENT_TYPE || (resource !== undefined && record.resource === resource);
  if (!operation) return undefined;
  // The header only takes upper-case severities, so they are compared as written.
  switch (record.severity) {
    case 'ERROR':
    case 'CRITICAL':
      return 'error';
    case 'WARNING':
      return 'warning';
    default:
      return undefined;
  }
}
