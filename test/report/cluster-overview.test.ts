import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { clusterOverview } from '../../src/report/cluster-overview.js';
import { clusterInputs } from '../cluster/cluster-inputs.js';

const example = (name: string): string => readFileSync(fileURLToPath(new URL(`../../fixtures/example/${name}`, import.meta.url)), 'utf8');
/** As `--path-map /configfile=fixtures/example/configfile` would locate the files. */
const locate = (profileFile: string): string => profileFile.replace(/^\/configfile\//, 'fixtures/example/configfile/');

describe('clusterOverview', () => {
  it('describes the example cluster: servers with their VIO servers and nodes, and each resource file per node', () => {
    const overview = clusterOverview(clusterInputs({ mainCf: example('main.cf'), inventory: example('inventory.yaml') }), locate);
    expect(overview).toEqual({
      name: 'lpar_clus',
      nodes: ['lpar101', 'lpar201'],
      servers: [
        { name: 'physical_server_01', vioServers: ['vio_server1', 'vio_server2'], nodes: ['lpar101'] },
        { name: 'physical_server_02', vioServers: ['vio_server3', 'vio_server4'], nodes: ['lpar201'] },
      ],
      resources: [
        {
          name: 'lpar05_res',
          group: 'lpar05_grp',
          files: [
            { node: 'lpar101', path: 'fixtures/example/configfile/lpar05_on_physical_server_01.cfg' },
            { node: 'lpar201', path: 'fixtures/example/configfile/lpar05_on_physical_server_02.cfg' },
          ],
        },
      ],
    });
  });

  it('is undefined without main.cf and inventory', () => {
    expect(clusterOverview(clusterInputs({}), locate)).toBeUndefined();
  });

  it('keeps nodes on no known server out of every server, and a file main.cf names none of without a path', () => {
    const mainCf = [
      'cluster c ( )',
      'system n1 ( PhysicalServer = only_in_main_cf )',
      'system n2 ( )',
      'group g ( SystemList = { n1 = 0, n2 = 1, n3 = 2 } )',
      '  LPAR r (',
      '    LPARName = l',
      '    ProfileFile @n1 = "/p/r.cfg"',
      '  )',
    ].join('\n');
    const overview = clusterOverview(clusterInputs({ mainCf }), (file) => `mapped${file}`)!;
    expect(overview.nodes).toEqual(['n1', 'n2', 'n3']);
    expect(overview.servers).toEqual([{ name: 'only_in_main_cf', vioServers: [], nodes: ['n1'] }]);
    expect(overview.resources[0]!.files).toEqual([{ node: 'n1', path: 'mapped/p/r.cfg' }, { node: 'n2' }, { node: 'n3' }]);
  });

  it('from an inventory alone: its servers and nodes, no resources', () => {
    const overview = clusterOverview(clusterInputs({ inventory: example('inventory.yaml') }), locate)!;
    expect(overview.name).toBeUndefined();
    expect(overview.nodes).toEqual(['lpar101', 'lpar201']);
    expect(overview.servers.map((s) => s.nodes)).toEqual([['lpar101'], ['lpar201']]);
    expect(overview.resources).toEqual([]);
  });
});
