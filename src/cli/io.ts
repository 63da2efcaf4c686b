import type { InputStream } from '../read/load.js';

export interface OutputStream {
  write(text: string): unknown;
  readonly isTTY?: boolean;
}

/** Everything the CLI touches of its process, so tests can run it as a function. */
export interface CliIo {
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  readonly stdin: InputStream;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /** The arguments as given (without `node` and the script), for reports that say how they were made; run() sets it. */
  readonly argv?: readonly string[];
}
