import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Inventory } from '../../src/cluster/model.js';
import { loadInventory } from '../../src/inventory/load-inventory.js';
import { issuesIn, rangeText } from './positions.js';

const YAML_PATH = 'fixtures/inventory/cluster.yaml';
const JSON_PATH = 'fixtures/inventory/cluster.json';
const HMC_PATH = 'fixtures/inventory/hmc/physical_server_02.txt';
const LPARS_PATH = 'fixtures/inventory/physical_server_03.lpars';

function fixture(path: string): { path: string; text: string } {
  return { path, text: readFileSync(path, 'utf8') };
}

/** The inventory without positions: server → region size, VIO servers and partitions as `name=id`. */
function contents(inventory: Inventory): unknown {
  return {
    servers: inventory.servers.map((s) => ({
      name: s.name,
      memoryRegionSize: s.memoryRegionSize,
      vioServers: s.vioServers.map((p) => `${p.name}=${p.id}`),
      partitions: s.partitions.map((p) => `${p.name}=${p.id}`),
    })),
    nodes: Object.fromEntries([...inventory.nodes].map(([node, server]) => [node, server.value])),
  };
}

/** The issues of one inline inventory file, as `[range, message]`. */
function issuesOf(path: string, text: string): [string, string][] {
  const loaded = loadInventory([{ path, text }]);
  expect(loaded.issues.every((issue) => issue.path === path)).toBe(true);
  return issuesIn(text, loaded.issues);
}

const EXAMPLE = {
  servers: [
    {
      name: 'physical_server_01',
      memoryRegionSize: 256,
      vioServers: ['vio_server1=2', 'vio_server2=3'],
      partitions: ['lpar101=4', 'lpar05=15', 'lpar07=17'],
    },
    {
      name: 'physical_server_02',
      memoryRegionSize: 256,
      vioServers: ['vio_server3=1', 'vio_server4=2'],
      partitions: ['lpar201=3', 'lpar06=16'],
    },
  ],
  nodes: { lpar101: 'physical_server_01', lpar201: 'physical_server_02' },
};

describe('loadInventory: valid inventories', () => {
  it('reads the YAML example, with one server from its hmcOutput file', () => {
    const yaml = fixture(YAML_PATH);
    const hmc = fixture(HMC_PATH);
    const loaded = loadInventory([yaml, hmc]);
    expect(loaded.issues).toEqual([]);
    expect(loaded.hmcOutputFiles).toEqual([HMC_PATH]);
    expect(contents(loaded.inventory)).toEqual(EXAMPLE);

    const [first, second] = loaded.inventory.servers;
    expect(first?.origin.path).toBe(YAML_PATH);
    expect(rangeText(yaml.text, first!.origin.span)).toBe('4:3-4:21');
    expect(first?.vioServers[0]?.origin.path).toBe(YAML_PATH);
    expect(rangeText(yaml.text, first!.vioServers[0]!.origin.span)).toBe('6:19-6:30');
    // A server listed through hmcOutput is defined in the YAML; its partitions in the HMC output.
    expect(rangeText(yaml.text, second!.origin.span)).toBe('8:3-8:21');
    expect(second?.vioServers[0]?.origin.path).toBe(HMC_PATH);
    expect(rangeText(hmc.text, second!.vioServers[0]!.origin.span)).toBe('2:1-2:12');

    const node = loaded.inventory.nodes.get('lpar201');
    expect(node?.path).toBe(YAML_PATH);
    expect(rangeText(yaml.text, node!.span)).toBe('13:12-13:30');
  });

  it('reads the JSON example as the same inventory', () => {
    const loaded = loadInventory([fixture(JSON_PATH)]);
    expect(loaded.issues).toEqual([]);
    expect(loaded.hmcOutputFiles).toEqual([]);
    expect(contents(loaded.inventory)).toEqual(EXAMPLE);
    expect(rangeText(readFileSync(JSON_PATH, 'utf8'), loaded.inventory.servers[0]!.origin.span)).toBe('4:5-4:25');
  });

  it('takes a directly given HMC output file as the server named by the file name', () => {
    const loaded = loadInventory([fixture(LPARS_PATH)]);
    expect(loaded.issues).toEqual([]);
    expect(contents(loaded.inventory)).toEqual({
      servers: [{ name: 'physical_server_03', memoryRegionSize: undefined, vioServers: ['vio_server5=1', 'vio_server6=2'], partitions: ['lpar301=3', 'lpar08=18'] }],
      nodes: {},
    });
    expect(loaded.inventory.servers[0]?.origin).toEqual({ path: LPARS_PATH, span: { start: 0, end: 0 } });
  });

  it('maps nodes to servers that other inventory files define', () => {
    const nodes = { path: 'nodes.yml', text: 'nodes:\n  lpar301: physical_server_03\n' };
    const loaded = loadInventory([nodes, fixture(LPARS_PATH)]);
    expect(loaded.issues).toEqual([]);
    expect(loaded.inventory.nodes.get('lpar301')).toEqual({ value: 'physical_server_03', span: { start: 18, end: 36 }, path: 'nodes.yml' });
  });

  it('accepts the YAML core tags, aliases, and an editor $schema key', () => {
    const text = [
      '$schema: ../../schemas/inventory.schema.json',
      'servers:',
      '  s1:',
      '    memoryRegionSize: !!int 256',
      '    vioServers: &vios { v1: 1, v2: 2 }',
      '  s2:',
      '    vioServers: *vios',
      '',
    ].join('\n');
    const loaded = loadInventory([{ path: 'inv.yaml', text }]);
    expect(loaded.issues).toEqual([]);
    expect(contents(loaded.inventory)).toMatchObject({
      servers: [
        { name: 's1', memoryRegionSize: 256, vioServers: ['v1=1', 'v2=2'] },
        { name: 's2', vioServers: ['v1=1', 'v2=2'] },
      ],
    });
  });
});

describe('loadInventory: schema errors, each at the key or value concerned', () => {
  it('names an unknown key, the nearest allowed one, and all allowed ones', () => {
    const text = 'server:\n  s1:\n    vioServer: { v1: 1 }\n';
    expect(issuesOf('inv.yaml', text)).toEqual([
      ['1:1-1:7', 'unknown key "server" at the top of the inventory (did you mean "servers"?); expected one of: $schema, servers, nodes'],
    ]);
    const inServer = 'servers:\n  s1:\n    vioServers: { v1: 1 }\n    vioServer: { v1: 1 }\n    colour: blue\n';
    expect(issuesOf('inv.yaml', inServer)).toEqual([
      ['4:5-4:14', 'unknown key "vioServer" in servers.s1 (did you mean "vioServers"?); expected one of: memoryRegionSize, vioServers, partitions, hmcOutput'],
      ['5:5-5:11', 'unknown key "colour" in servers.s1; expected one of: memoryRegionSize, vioServers, partitions, hmcOutput'],
    ]);
  });

  it('says what a value is and what is expected instead', () => {
    const text = [
      'servers:',
      '  s1:',
      '    memoryRegionSize: 0',
      '    vioServers: { v1: "1", v2: 0, v3: 1.5, v4: }',
      '    partitions: [lpar05]',
      '  s4: []',
      '  s5:',
      'nodes:',
      '  n1:',
      '  n2: [s1]',
      '',
    ].join('\n');
    const partitionId = 'expected a partition id (lpar_id): a whole number, at least 1';
    const server = 'expected a mapping with vioServers (and optionally partitions and memoryRegionSize), or with hmcOutput';
    expect(issuesOf('inv.yaml', text)).toEqual([
      ['3:23-3:24', 'servers.s1.memoryRegionSize is 0; expected the memory region size in MB, a whole number such as 256'],
      ['4:23-4:26', `servers.s1.vioServers.v1 is "1"; ${partitionId}`],
      ['4:32-4:33', `servers.s1.vioServers.v2 is 0; ${partitionId}`],
      ['4:39-4:42', `servers.s1.vioServers.v3 is 1.5; ${partitionId}`],
      ['4:44-4:46', `servers.s1.vioServers.v4 is empty; ${partitionId}`],
      ['5:17-5:25', 'servers.s1.partitions is a list; expected a mapping of partition name to partition id, such as { lpar05: 15, lpar06: 16 }'],
      ['6:7-6:9', `servers.s4 is a list; ${server}`],
      ['7:3-7:5', `servers.s5 is empty; ${server}`],
      ['9:3-9:5', 'nodes.n1 is empty; expected the name of a physical server'],
      ['10:7-10:11', 'nodes.n2 is a list; expected the name of a physical server'],
    ]);
  });

  it('reports a negative fraction once, though it fails two keywords', () => {
    expect(issuesOf('inv.yaml', 'servers:\n  s1:\n    vioServers: { v1: -2.5 }\n')).toEqual([
      ['3:23-3:27', 'servers.s1.vioServers.v1 is -2.5; expected a partition id (lpar_id): a whole number, at least 1'],
    ]);
  });

  it('wants vioServers or hmcOutput for each server, not both', () => {
    const text = 'servers:\n  s2:\n    partitions: { p: 4 }\n  s3:\n    hmcOutput: s3.txt\n    vioServers: { v: 1 }\n    partitions: { p: 4 }\n';
    const loaded = loadInventory([{ path: 'inv.yaml', text }, { path: 's3.txt', text: 'v,1,vioserver\n' }]);
    expect(issuesIn(text, loaded.issues)).toEqual([
      ['2:3-2:5', 'servers.s2 has no vioServers; expected vioServers (VIO server names and partition ids) or hmcOutput (a saved lssyscfg output file)'],
      ['6:5-6:15', 'servers.s3.vioServers is not allowed here; expected either hmcOutput or vioServers, not both: the HMC output lists the VIO servers'],
      ['7:5-7:15', 'servers.s3.partitions is not allowed here; expected either hmcOutput or partitions, not both: the HMC output lists the partitions'],
    ]);
    // The HMC output counts; the hand-written lists beside it are ignored.
    expect(contents(loaded.inventory)).toMatchObject({ servers: [{ name: 's2' }, { name: 's3', vioServers: ['v=1'], partitions: [] }] });
  });

  it('reports an empty file, and a document that is not a mapping', () => {
    const expected = 'expected a mapping with servers, nodes or both, such as { servers: { physical_server_01: { vioServers: { vio_server1: 1 } } }, nodes: { lpar101: physical_server_01 } }';
    expect(issuesOf('inv.yaml', '')).toEqual([['1:1-1:1', `the inventory is empty; ${expected}`]]);
    expect(issuesOf('inv.json', '[1, 2]')).toEqual([['1:1-1:7', `the inventory is a list; ${expected}`]]);
  });
});

describe('loadInventory: YAML and JSON syntax', () => {
  it('reports a syntax error at its place and reads nothing more of that file', () => {
    expect(issuesOf('inv.yaml', 'servers:\n  s1: { vioServers: { v1: 1 }\n  s2: x\n')).toEqual([
      ['3:3-3:4', 'YAML syntax error: Flow map in block collection must be sufficiently indented and end with a }'],
    ]);
    expect(issuesOf('inv.json', '{ "servers": { "s1": { "vioServers": { "v1": 1 } } }')).toEqual([
      ['1:53-1:53', 'JSON syntax error: Flow map must end with a }'],
    ]);
  });

  it('reports a key given twice at the whole repeated key', () => {
    expect(issuesOf('inv.yaml', 'servers:\n  s1:\n    vioServers: { v1: 1 }\n  s1:\n    vioServers: { v1: 2 }\n')).toEqual([
      ['4:3-4:5', 'the key "s1" is given twice in one mapping; expected each key once'],
    ]);
    expect(issuesOf('inv.json', '{"servers": {}, "servers": {}}')).toEqual([
      ['1:17-1:26', 'the key "servers" is given twice in one mapping; expected each key once'],
    ]);
  });

  it('refuses custom and non-core tags: an inventory is plain data', () => {
    const text = 'servers:\n  s1:\n    vioServers: !!set { v1: 1 }\n    partitions: !custom { p: !!binary aGk= }\n';
    const refused = 'is not supported: an inventory holds plain data (mappings, lists, text and numbers); remove the tag';
    expect(issuesOf('inv.yaml', text)).toEqual([
      ['3:17-3:22', `the YAML tag !!set ${refused}`],
      ['4:17-4:24', `the YAML tag !custom ${refused}`],
      ['4:30-4:38', `the YAML tag !!binary ${refused}`],
      ['4:39-4:43', 'servers.s1.partitions.p is "aGk="; expected a partition id (lpar_id): a whole number, at least 1'],
    ]);
  });

  it('stops an alias bomb without expanding it', () => {
    const text = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'servers: {}',
      '',
    ].join('\n');
    expect(issuesOf('inv.yaml', text)).toEqual([['1:1-1:1', 'the YAML expands its aliases too often (more than 100 times); write the values out instead']]);
  });
});

describe('loadInventory: consistency', () => {
  it('reports a partition listed twice and an id given twice on one server', () => {
    const text = 'servers:\n  s1:\n    vioServers: { v1: 1, v2: 2 }\n    partitions: { v1: 3, p2: 2 }\n';
    expect(issuesOf('inv.yaml', text)).toEqual([
      ['4:19-4:21', 'v1 is listed twice for s1 (also on line 3); expected each partition once'],
      ['4:30-4:31', 'partition id 2 of p2 is also the id of v2 (line 3) on s1; expected each partition of a server to have its own id'],
    ]);
  });

  it('reports repeated partitions in HMC output, in that file', () => {
    const text = 'vio1,1,vioserver\nvio2,1,vioserver\nvio1,3,vioserver\n';
    expect(issuesOf('physical_server_05.txt', text)).toEqual([
      ['2:6-2:7', 'partition id 1 of vio2 is also the id of vio1 (line 1) on physical_server_05; expected each partition of a server to have its own id'],
      ['3:1-3:5', 'vio1 is listed twice for physical_server_05 (also on line 1); expected each partition once'],
    ]);
  });

  it('reports a node on a server the inventory does not list, with the nearest name', () => {
    const text = 'servers:\n  physical_server_01:\n    vioServers: { v1: 1 }\nnodes:\n  lpar101: physical_server_1\n  lpar201: elsewhere\n';
    expect(issuesOf('inv.yaml', text)).toEqual([
      ['5:12-5:29', 'node lpar101 runs on physical_server_1, which the inventory does not list (did you mean physical_server_01?); expected one of: physical_server_01'],
      ['6:12-6:21', 'node lpar201 runs on elsewhere, which the inventory does not list; expected one of: physical_server_01'],
    ]);
    expect(issuesOf('inv.yaml', 'servers: {}\nnodes: { n1: s1 }\n')).toEqual([
      ['2:14-2:16', 'node n1 runs on s1, which the inventory does not list; expected a server listed under servers or given as HMC output'],
    ]);
  });

  it('keeps the first of a server or node defined twice and reports the second', () => {
    const a = { path: 'a.yaml', text: 'servers:\n  s1:\n    vioServers: { v1: 1 }\nnodes: { n1: s1 }\n' };
    const b = { path: 'b.yaml', text: 'servers:\n  s1:\n    vioServers: { v9: 9 }\nnodes: { n1: s1 }\n' };
    const direct = { path: 'hmc/s1.lpars', text: 'v8,8,vioserver\n' };
    const loaded = loadInventory([a, b, direct]);
    expect(loaded.issues.map((i) => [i.path, rangeText(i.path === 'b.yaml' ? b.text : direct.text, i.span), i.message])).toEqual([
      ['b.yaml', '2:3-2:5', 'server s1 is also defined in a.yaml; expected each server once'],
      ['b.yaml', '4:10-4:12', 'node n1 is also mapped in a.yaml; expected each node once'],
      ['hmc/s1.lpars', '1:1-1:1', 'server s1 is also defined in a.yaml; expected each server once'],
    ]);
    expect(contents(loaded.inventory)).toMatchObject({ servers: [{ name: 's1', vioServers: ['v1=1'] }], nodes: { n1: 's1' } });
  });
});

describe('loadInventory: files', () => {
  const inventory = { path: 'inv/cluster.yaml', text: 'servers:\n  s2:\n    memoryRegionSize: 128\n    hmcOutput: hmc/s2.txt\n' };

  it('resolves hmcOutput against the inventory file and keeps the memory region size given beside it', () => {
    const loaded = loadInventory([inventory, { path: 'inv/hmc/s2.txt', text: 'vios3,1,vioserver\n' }]);
    expect(loaded.issues).toEqual([]);
    expect(loaded.hmcOutputFiles).toEqual(['inv/hmc/s2.txt']);
    expect(contents(loaded.inventory)).toMatchObject({ servers: [{ name: 's2', memoryRegionSize: 128, vioServers: ['vios3=1'] }] });
  });

  it('reports an hmcOutput file that was not given or could not be read at the hmcOutput value', () => {
    expect(issuesIn(inventory.text, loadInventory([inventory]).issues)).toEqual([
      ['4:16-4:26', 'the hmcOutput file inv/hmc/s2.txt was not read; give it to lparlint with the inventory'],
    ]);
    const missing = Object.assign(new Error('ENOENT: no such file'), { code: 'ENOENT' });
    expect(issuesIn(inventory.text, loadInventory([inventory, { path: 'inv/hmc/s2.txt', error: missing }]).issues)).toEqual([
      ['4:16-4:26', 'cannot read the hmcOutput file inv/hmc/s2.txt: it does not exist'],
    ]);
    const denied = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    expect(issuesIn(inventory.text, loadInventory([inventory, { path: 'inv/hmc/s2.txt', error: denied }]).issues)).toEqual([
      ['4:16-4:26', 'cannot read the hmcOutput file inv/hmc/s2.txt: permission denied'],
    ]);
  });

  it('reports an unreadable inventory file and a file of unknown kind at their start', () => {
    const denied = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    const loaded = loadInventory([
      { path: 'inventory.toml', text: 'servers = {}' },
      { path: 'physical_server_04.txt', error: denied },
    ]);
    expect(loaded.issues).toEqual([
      { path: 'inventory.toml', span: { start: 0, end: 0 }, message: 'lparlint cannot tell what this inventory file holds; expected a name ending in .yaml, .yml, .json, .txt, .lpars' },
      { path: 'physical_server_04.txt', span: { start: 0, end: 0 }, message: 'cannot read the inventory file: permission denied' },
    ]);
    expect(loaded.inventory.servers).toEqual([]);
  });

  it('orders issues by file as given, then by position', () => {
    const loaded = loadInventory([
      { path: 'z.txt', text: 'v,x,vioserver\n' },
      { path: 'a.yaml', text: 'servers: {}\nnodes: { n1: s1, n2: s2 }\n' },
    ]);
    expect(loaded.issues.map((i) => `${i.path}@${i.span.start}`)).toEqual(['z.txt@2', 'a.yaml@25', 'a.yaml@33']);
  });
});
