#!/usr/bin/env node
import { run } from './run.js';

// `lparlint check … | head` closes the pipe before the report is written: stop quietly, as other
// command-line tools do, instead of printing a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

// The only place that ends the process. exitCode, not exit(): a report written to a pipe is
// flushed before Node stops.
process.exitCode = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
  cwd: process.cwd(),
});
