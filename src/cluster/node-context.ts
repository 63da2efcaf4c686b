import type { ClusterConfig, Inventory, LparResource, NodeContext } from './model.js';
import { valueForSystem } from './model.js';

export interface ClusterKnowledge {
  readonly config?: ClusterConfig;
  readonly inventory?: Inventory;
}

/** The physical server a node runs on: main.cf's PhysicalServer first, else the inventory's `nodes`. */
export function serverOfNode(node: string, known: ClusterKnowledge): string | undefined {
  return known.config?.systems.find((s) => s.name === node)?.physicalServer?.value ?? known.inventory?.nodes.get(node)?.value;
}

/** Every node either input names. */
function allNodes(known: ClusterKnowledge): string[] {
  const names = new Set<string>(known.config?.systems.map((s) => s.name) ?? []);
  for (const node of known.inventory?.nodes.keys() ?? []) names.add(node);
  return [...names];
}

/** What the per-file rules need to know of one node, for one LPAR resource when there is one. */
export function nodeContext(node: string, known: ClusterKnowledge, resource?: LparResource): NodeContext {
  const serverName = serverOfNode(node, known);
  const server = known.inventory?.servers.find((s) => s.name === serverName);
  const nodes = allNodes(known);
  const otherServers = (known.inventory?.servers ?? [])
    .filter((s) => s.name !== serverName)
    .map((s) => ({ server: s, nodes: nodes.filter((n) => serverOfNode(n, known) === s.name) }));
  const viosNames = resource ? valueForSystem(resource.viosName, node)?.value : undefined;
  return {
    node,
    otherServers,
    ...(resource ? { resource: resource.name } : {}),
    ...(serverName !== undefined ? { serverName } : {}),
    ...(server ? { server } : {}),
    ...(resource?.lparName ? { lparName: resource.lparName.value } : {}),
    ...(viosNames ? { viosNames } : {}),
  };
}
