import { resolve } from 'node:path';
import type { Diagnostic } from '../core/diagnostic.js';
import type { FileResult } from '../lint/lint-profile.js';
import { explainReadError, fileDiagnostic, IO_RULE_ID } from '../read/io-result.js';
import { ChangedOnDiskError, writeFileAtomic, type WriterFs } from './write-atomic.js';

export interface WriteFixesOptions {
  readonly cwd: string;
  /** Keep each original as `<file>.orig`. */
  readonly backup: boolean;
  /** Paths that name no file to write (standard input). */
  readonly readOnly: ReadonlySet<string>;
  readonly fs?: WriterFs;
}

/**
 * Writes the files that fixing changed, each atomically, and says in each result what happened.
 * A file checked more than once (one global ProfileFile for several nodes) is written only when
 * every check fixed it the same way; a check that left it as it was counts too, since the file is
 * right for that node as it stands. A failed write leaves the original as it was and becomes an
 * `io` error in the report; the other files are still written.
 */
export async function writeFixes(results: readonly FileResult[], options: WriteFixesOptions): Promise<FileResult[]> {
  const byPath = new Map<string, FileResult[]>();
  for (const r of results) byPath.set(r.path, [...(byPath.get(r.path) ?? []), r]);

  const outcome = new Map<string, { written: boolean; reason?: string; error?: string }>();
  for (const [path, group] of byPath) {
    if (!group.some(changed)) continue;
    const outputs = new Set(group.map((r) => r.source));
    if (options.readOnly.has(path)) {
      outcome.set(path, { written: false, reason: 'not written: standard input; use --fix-dry-run to see the changes as a diff' });
    } else if (outputs.size > 1) {
      const nodes = group.map((r) => r.node ?? '?').join(', ');
      outcome.set(path, { written: false, reason: `not written: checked for several nodes (${nodes}) whose fixes differ; fix it for one node with --node` });
    } else {
      try {
        await writeFileAtomic(resolve(options.cwd, path), group[0]!.source, {
          expected: group[0]!.fix!.original,
          backup: options.backup,
          ...(options.fs ? { fs: options.fs } : {}),
        });
        outcome.set(path, { written: true });
      } catch (error) {
        const why = error instanceof ChangedOnDiskError ? 'it changed on disk while lparlint worked on it' : explainReadError(error, 'file').reason;
        outcome.set(path, { written: false, reason: `not written: ${why}; the original is unchanged`, error: why });
      }
    }
  }

  return results.map((r) => {
    const done = changed(r) ? outcome.get(r.path) : undefined;
    if (!done || !r.fix) return r;
    const fix = { ...r.fix, written: done.written, ...(done.reason ? { reason: done.reason } : {}) };
    if (done.written) return { ...r, fix };
    // Not written: the report describes the file as it is on disk, so the exit code does too.
    const diagnostics = done.error ? [writeError(done.error), ...r.fix.before] : r.fix.before;
    return { ...r, source: r.fix.original, diagnostics, fix };
  });
}

function changed(r: FileResult): boolean {
  return r.fix !== undefined && r.source !== r.fix.original;
}

function writeError(why: string): Diagnostic {
  return fileDiagnostic(
    IO_RULE_ID,
    `Cannot write the fixed file: ${why}; the original is unchanged, and the findings below are those of the original.`,
    'Check the permissions of the file and its folder, and the free space, then run with --fix again.',
  );
}
