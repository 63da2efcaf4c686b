/**
 * A file that exists but is not read on purpose: too large, or not a regular file (a FIFO would
 * block the run, a device would never end). Becomes an `io` finding, like an error of the system.
 */
export class UnreadableFileError extends Error {
  override readonly name = 'UnreadableFileError';

  constructor(
    /** Why, in words that follow "Cannot read this file: ". */
    readonly reason: string,
    /** What to do about it. */
    readonly suggestion: string,
  ) {
    super(reason);
  }
}
