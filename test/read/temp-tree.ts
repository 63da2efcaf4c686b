import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach } from 'vitest';

const made: string[] = [];

afterEach(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/**
 * Makes a throw-away directory tree: a string is a file's content, `{ link }` a symbolic link to
 * that target, `{}` an empty directory. Removed after each test.
 */
export async function tempTree(files: Record<string, string | Uint8Array | { link: string } | Record<string, never>>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'lparlint-'));
  made.push(root);
  for (const [path, content] of Object.entries(files)) {
    const at = join(root, path);
    await mkdir(dirname(at), { recursive: true });
    if (typeof content === 'string' || content instanceof Uint8Array) await writeFile(at, content);
    else if ('link' in content) await symlink(content.link, at);
    else await mkdir(at, { recursive: true });
  }
  return root;
}
