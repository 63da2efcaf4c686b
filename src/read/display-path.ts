import { isAbsolute, relative, sep } from 'node:path';

/**
 * The path shown in reports: relative to the working directory, with forward slashes on every
 * platform, so reports and golden files do not depend on the machine.
 */
export function displayPath(cwd: string, absolute: string): string {
  const rel = relative(cwd, absolute);
  // On Windows a file on another drive has no relative path: show it whole.
  const shown = rel === '' ? '.' : isAbsolute(rel) ? absolute : rel;
  return shown.split(sep).join('/');
}
