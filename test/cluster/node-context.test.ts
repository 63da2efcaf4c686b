import { describe, expect, it } from 'vitest';
import type { NodeContext } from '../../src/cluster/model.js';
import { nodeContext, serverOfNode } from '../../src/cluster/node-context.js';
import { clusterInputs } from './cluster-inputs.js';

/**
 * Hand-written: lpar101 has PhysicalServer in main.cf; lpar201 has none, the inventory places it;
 * lpar301 has PhysicalServer physical_server_03 while the inventory says physical_server_02;
 * lpar401 is known only to the inventory; lpar501 only to main.cf, without a server.
 */
const MAIN_CF = `system lpar101 (
        PhysicalServer = physical_server_01
        )

system lpar201

system lpar301 (
        PhysicalServer = physical_server_03
        )

system lpar501

group lpar05_grp (
        SystemList = { lpar101 = 0, lpar201 = 1, lpar301 = 2 }
        )

        LPAR lpar05_res (
                LPARName = lpar05
                VIOSName = { vio_a, vio_b }
                VIOSName @lpar101 = { vio_server1, vio_server2 }
                )

        LPAR lpar06_res (
                )
`;

const INVENTORY = `servers:
  physical_server_01: { vioServers: { vio_server1: 2, vio_server2: 3 } }
  physical_server_02: { vioServers: { vio_server3: 1 } }
  physical_server_03: { vioServers: { vio_server5: 1 } }
nodes:
  lpar201: physical_server_02
  lpar301: physical_server_02
  lpar401: physical_server_02
`;

const cluster = clusterInputs({ mainCf: MAIN_CF, inventory: INVENTORY });
const [lpar05, lpar06] = cluster.config!.lparResources;

/** The context with servers by name, so expectations stay short. */
function outline(context: NodeContext): object {
  return {
    ...context,
    server: context.server?.name,
    otherServers: context.otherServers.map((o) => `${o.server.name}: ${o.nodes.join(', ')}`),
  };
}

describe('serverOfNode', () => {
  it('has inputs that read without issues', () => {
    expect([...cluster.mainCfIssues, ...cluster.inventoryIssues]).toEqual([]);
  });

  it('takes PhysicalServer from main.cf', () => {
    expect(serverOfNode('lpar101', cluster)).toBe('physical_server_01');
  });

  it('takes the inventory\'s nodes when main.cf has no PhysicalServer or no such system', () => {
    expect(serverOfNode('lpar201', cluster)).toBe('physical_server_02');
    expect(serverOfNode('lpar401', cluster)).toBe('physical_server_02');
  });

  it('prefers main.cf\'s PhysicalServer to the inventory', () => {
    expect(serverOfNode('lpar301', cluster)).toBe('physical_server_03');
  });

  it('uses whichever input there is', () => {
    expect(serverOfNode('lpar301', { config: cluster.config! })).toBe('physical_server_03');
    expect(serverOfNode('lpar301', { inventory: cluster.inventory! })).toBe('physical_server_02');
    expect(serverOfNode('lpar201', { config: cluster.config! })).toBeUndefined();
  });

  it('gives undefined for a node neither input places', () => {
    expect(serverOfNode('lpar501', cluster)).toBeUndefined();
    expect(serverOfNode('lpar999', cluster)).toBeUndefined();
    expect(serverOfNode('lpar101', {})).toBeUndefined();
  });
});

describe('nodeContext', () => {
  it('gives the node\'s server, the other servers with their nodes, LPARName and its own VIOSName', () => {
    const context = nodeContext('lpar101', cluster, lpar05);
    expect(context.server).toBe(cluster.inventory!.servers[0]);
    expect(outline(context)).toEqual({
      node: 'lpar101',
      resource: 'lpar05_res',
      serverName: 'physical_server_01',
      server: 'physical_server_01',
      lparName: 'lpar05',
      viosNames: ['vio_server1', 'vio_server2'],
      // lpar301 counts on physical_server_03, where main.cf puts it; lpar401 is known from the inventory.
      otherServers: ['physical_server_02: lpar201, lpar401', 'physical_server_03: lpar301'],
    });
  });

  it('uses the global VIOSName for a node without its own', () => {
    expect(outline(nodeContext('lpar201', cluster, lpar05))).toEqual({
      node: 'lpar201',
      resource: 'lpar05_res',
      serverName: 'physical_server_02',
      server: 'physical_server_02',
      lparName: 'lpar05',
      viosNames: ['vio_a', 'vio_b'],
      otherServers: ['physical_server_01: lpar101', 'physical_server_03: lpar301'],
    });
  });

  it('leaves out LPARName and VIOSName when the resource does not set them', () => {
    expect(outline(nodeContext('lpar301', cluster, lpar06))).toEqual({
      node: 'lpar301',
      resource: 'lpar06_res',
      serverName: 'physical_server_03',
      server: 'physical_server_03',
      otherServers: ['physical_server_01: lpar101', 'physical_server_02: lpar201, lpar401'],
    });
  });

  it('without a resource (--node on a file main.cf does not name) gives the node and servers only', () => {
    expect(outline(nodeContext('lpar401', cluster))).toEqual({
      node: 'lpar401',
      serverName: 'physical_server_02',
      server: 'physical_server_02',
      otherServers: ['physical_server_01: lpar101', 'physical_server_03: lpar301'],
    });
  });

  it('for a node on no known server counts every inventory server as another', () => {
    expect(outline(nodeContext('lpar501', cluster, lpar05))).toEqual({
      node: 'lpar501',
      resource: 'lpar05_res',
      server: undefined,
      lparName: 'lpar05',
      viosNames: ['vio_a', 'vio_b'],
      otherServers: ['physical_server_01: lpar101', 'physical_server_02: lpar201, lpar401', 'physical_server_03: lpar301'],
    });
  });

  it('names a server that the inventory does not list, without its entry', () => {
    const mainCfOnly = clusterInputs({ mainCf: MAIN_CF });
    expect(outline(nodeContext('lpar101', mainCfOnly, mainCfOnly.config!.lparResources[0]))).toEqual({
      node: 'lpar101',
      resource: 'lpar05_res',
      serverName: 'physical_server_01',
      server: undefined,
      lparName: 'lpar05',
      viosNames: ['vio_server1', 'vio_server2'],
      otherServers: [],
    });
  });
});
