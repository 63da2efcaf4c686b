import type { NodeContext } from '../../cluster/model.js';

/**
 * How findings name what a file is checked for: `resource lpar05_res on node lpar101`. A profile
 * file is right or wrong only for one node, and the reader needs the resource to find it in main.cf.
 */
export function nodeLabel(node: NodeContext): string {
  return node.resource === undefined ? `node ${node.node}` : `resource ${node.resource} on node ${node.node}`;
}

/** `Server-A, the physical server of node lpar101 (resource lpar05_res)`. */
export function serverOfNodeLabel(node: NodeContext, serverName: string): string {
  const resource = node.resource === undefined ? '' : ` (resource ${node.resource})`;
  return `${serverName}, the physical server of node ${node.node}${resource}`;
}
