import { pathToFileURL } from 'node:url';
import { packagePath } from '../core/package-root.js';

/**
 * Where a worker thread's script is: the tsc output, dist/src/check/worker.js, also when the tests
 * run the TypeScript sources (Node cannot start a worker from a .ts file). The one-file bundle has
 * no such file beside it: scripts/bundle.mjs replaces this module with one whose workerScript()
 * gives undefined, so the bundle always checks on the main thread.
 */
export function workerScript(): URL | undefined {
  return pathToFileURL(packagePath('dist', 'src', 'check', 'worker.js'));
}
