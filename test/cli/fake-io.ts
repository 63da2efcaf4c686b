import type { CliIo } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';

export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in-process with captured output: a pipe, not a terminal, and no colour variables. */
export async function runCli(
  argv: readonly string[],
  options: { cwd: string; stdin?: string; isTTY?: boolean; env?: Record<string, string> },
): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (text: string) => (stdout += text), isTTY: options.isTTY ?? false },
    stderr: { write: (text: string) => (stderr += text) },
    stdin: (async function* () {
      if (options.stdin !== undefined) yield options.stdin;
    })(),
    env: options.env ?? {},
    cwd: options.cwd,
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}
