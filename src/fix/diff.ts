import { isAbsolute, relative, sep } from 'node:path';
import { createTwoFilesPatch } from 'diff';

/**
 * A unified diff of one file in the form `git apply` takes (paths relative to the repository root,
 * `a/` and `b/` prefixes as git writes them), made with the `diff` package.
 */
export function unifiedDiff(path: string, before: string, after: string): string {
  const patch = createTwoFilesPatch(`a/${path}`, `b/${path}`, before, after, undefined, undefined, { context: 3 });
  // The package starts with a line of "=" that is no part of the unified format.
  const body = patch.replace(/^=+\n/, '');
  return `diff --git a/${path} b/${path}\n${body}`;
}

/**
 * A reported path as git sees it from the working directory: reports show files outside it with
 * their absolute path, which `git apply` cannot take.
 */
export function gitPath(cwd: string, path: string): string {
  return isAbsolute(path) ? relative(cwd, path).split(sep).join('/') : path;
}
