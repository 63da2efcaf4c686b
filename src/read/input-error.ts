/**
 * Input the user named cannot be used at all: a path that does not exist, a directory without
 * profile files, a bad option. The CLI prints the message as one line and exits with code 2.
 * (A file that exists but cannot be read is not this: it becomes an `io` finding, see io-result.ts.)
 */
export class InputError extends Error {
  override readonly name = 'InputError';
}
