import { isAbsolute, relative, sep } from 'node:path';

/**
 * The path shown in reports: relative to the working directory when inside it, with forward
 * slashes on every platform, so reports and golden files do not depend on the machine.
 */
export function displayPath(cwd: string, absolute: string): string {
  const rel = relative(cwd, absolute);
  // Outside the working directory (/etc/VRTSvcs/... from a CI checkout) the absolute path reads
  // better than a chain of ../; on Windows a file on another drive has no relative path at all.
  const shown = rel === '' ? '.' : isAbsolute(rel) || rel === '..' || rel.startsWith('..' + sep) ? absolute : rel;
  return shown.split(sep).join('/');
}
