import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { loadInventory } from '../../src/inventory/load-inventory.js';
import { readInventory } from '../../src/inventory/read-inventory.js';

describe('readInventory', () => {
  it('reads the given files, then the HMC output they name, and loads them together', async () => {
    const read: string[] = [];
    const readText = async (path: string): Promise<string> => {
      read.push(path);
      return readFile(path, 'utf8');
    };
    const loaded = await readInventory(['fixtures/inventory/cluster.yaml', 'fixtures/inventory/physical_server_03.lpars'], readText);
    expect(read).toEqual([
      'fixtures/inventory/cluster.yaml',
      'fixtures/inventory/physical_server_03.lpars',
      'fixtures/inventory/hmc/physical_server_02.txt',
    ]);
    expect(loaded.issues).toEqual([]);
    expect(loaded.inventory.servers.map((s) => `${s.name}:${s.vioServers.map((v) => v.name).join('+')}`)).toEqual([
      'physical_server_01:vio_server1+vio_server2',
      'physical_server_02:vio_server3+vio_server4',
      'physical_server_03:vio_server5+vio_server6',
    ]);
  });

  it('does not read an HMC output file twice when it is also given directly', async () => {
    const read: string[] = [];
    const paths = ['fixtures/inventory/cluster.yaml', 'fixtures/inventory/hmc/physical_server_02.txt'];
    await readInventory(paths, async (path) => {
      read.push(path);
      return readFile(path, 'utf8');
    });
    expect(read).toEqual(paths);
  });

  it('turns a file that cannot be read into an issue', async () => {
    const texts = new Map([['inv.yaml', 'servers:\n  s1:\n    hmcOutput: s1.txt\n']]);
    const readText = async (path: string): Promise<string> => {
      const text = texts.get(path);
      if (text === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return text;
    };
    const loaded = await readInventory(['inv.yaml', 'gone.yaml'], readText);
    expect(loaded.issues).toEqual([
      { path: 'inv.yaml', span: { start: 30, end: 36 }, message: 'cannot read the hmcOutput file s1.txt: it does not exist' },
      { path: 'gone.yaml', span: { start: 0, end: 0 }, message: 'cannot read the inventory file: it does not exist' },
    ]);
    // The same as loading the texts by hand: readInventory adds reading, nothing else.
    const error = Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
    expect(loadInventory([{ path: 'inv.yaml', text: texts.get('inv.yaml')! }, { path: 'gone.yaml', error }, { path: 's1.txt', error }]).issues).toEqual(
      loaded.issues,
    );
  });
});
