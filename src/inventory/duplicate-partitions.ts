import type { TextIssue } from '../core/input-issue.js';
import { LineIndex } from '../core/span.js';
import type { PartitionEntry } from './entries.js';

/**
 * A server's partitions must differ in name and in id: the HMC gives each partition of a managed
 * system its own id, and the rules look VIO servers up by name and by id. A repeat is reported at
 * the later entry, naming the line of the earlier one. `text` is the file that lists them all.
 */
export function duplicatePartitions(server: string, entries: readonly PartitionEntry[], text: string): TextIssue[] {
  const lines = new LineIndex(text);
  const lineOf = (entry: PartitionEntry): number => lines.position(entry.nameSpan.start).line;
  const byName = new Map<string, PartitionEntry>();
  const byId = new Map<number, PartitionEntry>();
  const issues: TextIssue[] = [];
  for (const entry of [...entries].sort((a, b) => a.nameSpan.start - b.nameSpan.start)) {
    const sameName = byName.get(entry.name);
    const sameId = byId.get(entry.id);
    if (sameName) {
      issues.push({
        message: `${entry.name} is listed twice for ${server} (also on line ${lineOf(sameName)}); expected each partition once`,
        span: entry.nameSpan,
      });
    } else if (sameId) {
      issues.push({
        message: `partition id ${entry.id} of ${entry.name} is also the id of ${sameId.name} (line ${lineOf(sameId)}) on ${server}; expected each partition of a server to have its own id`,
        span: entry.idSpan,
      });
    }
    byName.set(entry.name, sameName ?? entry);
    byId.set(entry.id, sameId ?? entry);
  }
  return issues;
}
