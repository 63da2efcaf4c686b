import { nodesOfResource, type ClusterInputs } from '../cluster/audit.js';
import { valueForSystem, type ClusterConfig } from '../cluster/model.js';
import { serverOfNode } from '../cluster/node-context.js';
import type { ClusterOverview, ResourceOverview, ServerOverview } from './overview.js';

/**
 * The cluster as main.cf and the inventory describe it, for the report's header and cluster map:
 * its nodes, the physical servers with their VIO servers and nodes, and each LPAR resource's
 * profile file per node, located as the audit reads it (`locate`: `--path-map` applied, as
 * reported), so that the map finds the findings of each file by its path. Undefined without
 * main.cf and inventory.
 */
export function clusterOverview(inputs: ClusterInputs, locate: (profileFile: string) => string): ClusterOverview | undefined {
  const { config, inventory } = inputs;
  if (!config && !inventory) return undefined;
  // Systems first, then nodes only a SystemList or the inventory names: the map draws them all.
  const nodes = unique([
    ...(config?.systems.map((s) => s.name) ?? []),
    ...(config?.groups.flatMap((g) => g.systemList.map((s) => s.value)) ?? []),
    ...(inventory?.nodes.keys() ?? []),
  ]);
  const serverOf = new Map(nodes.map((node) => [node, serverOfNode(node, inputs)]));
  // The inventory's servers in its order, then those only main.cf's PhysicalServer names.
  const serverNames = unique([...(inventory?.servers.map((s) => s.name) ?? []), ...[...serverOf.values()].filter((s) => s !== undefined)]);
  const servers: ServerOverview[] = serverNames.map((name) => ({
    name,
    vioServers: inventory?.servers.find((s) => s.name === name)?.vioServers.map((v) => v.name) ?? [],
    nodes: nodes.filter((node) => serverOf.get(node) === name),
  }));
  const resources = config ? resourceFiles(config, locate) : [];
  return { ...(config?.clusterName !== undefined ? { name: config.clusterName } : {}), nodes, servers, resources };
}

/** Each LPAR resource with its profile file on each node of its group, as the audit locates it. */
function resourceFiles(config: ClusterConfig, locate: (profileFile: string) => string): ResourceOverview[] {
  return config.lparResources.map((resource) => ({
    name: resource.name,
    group: resource.group,
    files: nodesOfResource(config, resource).map((node) => {
      const profileFile = valueForSystem(resource.profileFile, node);
      return { node, ...(profileFile ? { path: locate(profileFile.value) } : {}) };
    }),
  }));
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
