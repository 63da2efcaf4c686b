import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIG_FILE_NAMES, findConfigFile } from '../../src/config/find-config.js';
import { InputError } from '../../src/read/input-error.js';
import { tempTree } from '../read/temp-tree.js';

describe('findConfigFile: the config file of the nearest folder, searching upward', () => {
  for (const name of CONFIG_FILE_NAMES) {
    it(`finds ${name} in the working directory`, async () => {
      const root = await tempTree({ [name]: '{}' });
      expect(await findConfigFile(root)).toBe(join(root, name));
    });
  }

  it('finds a config file in a folder above the working directory', async () => {
    const root = await tempTree({ 'lparlint.config.yaml': 'rules: {}', 'a/b/c': {} });
    expect(await findConfigFile(join(root, 'a/b/c'))).toBe(join(root, 'lparlint.config.yaml'));
  });

  it('takes the nearest folder that has one, whatever the names', async () => {
    const root = await tempTree({ 'lparlint.config.json': '{}', 'a/.lparlintrc.yaml': 'rules: {}', 'a/b': {} });
    expect(await findConfigFile(join(root, 'a/b'))).toBe(join(root, 'a/.lparlintrc.yaml'));
  });

  it('ignores a folder of that name', async () => {
    const root = await tempTree({ '.lparlintrc.json': '{}', 'a/lparlint.config.json': {} });
    expect(await findConfigFile(join(root, 'a'))).toBe(join(root, '.lparlintrc.json'));
  });

  it('refuses two config files in one folder, naming both', async () => {
    const root = await tempTree({ 'a/lparlint.config.json': '{}', 'a/.lparlintrc.yaml': 'rules: {}' });
    const found = findConfigFile(join(root, 'a'));
    await expect(found).rejects.toThrow(InputError);
    await expect(found).rejects.toThrow('lparlint.config.json and .lparlintrc.yaml: two config files in one folder; keep one of them');
  });

  it('finds nothing when no folder up to the root has one', async () => {
    const root = await tempTree({ 'a/lparlint.config.js': 'export default {}' });
    // The temporary folder lies below the system's; a config file there would be found instead.
    expect(await findConfigFile(join(root, 'a'))).toBeUndefined();
  });
});
