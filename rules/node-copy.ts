import type { LparResource } from '../src/cluster/model.js';
import { defineClusterRule, type ClusterRuleContext, type ProfileResolution } from '../src/lint/cluster-rule.js';
import type { VioReference } from '../src/lint/helpers/vio-references.js';

/**
 * VIO server names and adapter ids differ per physical server, so every node needs its own file
 * (InfoScale 7.3 AIX Virtualization Guide ch07s05). Two nodes on different servers whose files
 * name the same VIO server adapters mean one file was copied from the other. Nodes whose server
 * is unknown count as different servers: VCS runs one management LPAR per physical server
 * (Virtualization Guide ch05s02).
 */
export default defineClusterRule({
  meta: {
    id: 'node-copy',
    description: 'Two nodes on different physical servers use profile files with the same VIO server references.',
    severity: 'error',
  },
  check(context) {
    // Files are compared only within their resource, and each file's references are read once:
    // comparing every file with every other was quadratic (1,000 resources on 4 nodes: 3.5 s).
    for (const files of filesByResource(context.resolutions)) {
      files.forEach((later, i) => {
        if (later.refs.length === 0) return;
        const earlier = files.slice(0, i).find((r) => onDifferentServers(r.resolution, later.resolution) && same(r.refs, later.refs));
        // A file that matches a node on its own server is that server's file, not a copy (three or
        // more nodes: the copy is the file that matches only nodes on other servers).
        const sameServerMatch = files.some(
          (r) => r !== later && !onDifferentServers(r.resolution, later.resolution) && r.resolution.node !== later.resolution.node && same(r.refs, later.refs),
        );
        if (!earlier || sameServerMatch) return;
        report(context, later, earlier.resolution);
      });
    }
  },
});

/** A node's file that was read, with its VIO server references. */
interface NodeFile {
  readonly resolution: ProfileResolution;
  readonly references: readonly VioReference[];
  /** The references' texts, sorted, to compare two files whatever their adapter order. */
  readonly refs: readonly string[];
}

/** The files that were read, grouped by LPAR resource, each group in resolution order. */
function filesByResource(resolutions: readonly ProfileResolution[]): Iterable<NodeFile[]> {
  const groups = new Map<LparResource, NodeFile[]>();
  for (const resolution of resolutions) {
    const references = resolution.vioReferences;
    if (!references) continue;
    const file = { resolution, references, refs: references.map((ref) => ref.text).sort() };
    const group = groups.get(resolution.resource);
    if (group) group.push(file);
    else groups.set(resolution.resource, [file]);
  }
  return groups.values();
}

function report(context: ClusterRuleContext, copy: NodeFile, earlier: ProfileResolution): void {
  const later = copy.resolution;
  // The list of the first copied adapter, not a list of server adapters that may come before it.
  const anchor = copy.references[0]!;
  const ownServer = later.serverName ?? `${later.node}'s own physical server`;
  const copied = `${copy.refs.join(', ')}; expected a file made on ${ownServer}`;
  const sameFile = earlier.path === later.path;
  context.report(later, {
    message:
      sameFile
        ? `For resource ${later.resource.name}, ${nodeOn(later)} uses the same file as ${nodeOn(earlier)}, so both name the same VIO server adapters: ${copied}`
        : `For resource ${later.resource.name} on ${nodeOn(later)}, this file names the same VIO server adapters as ${earlier.path} for ${nodeOn(earlier)}: ${copied}`,
    attribute: anchor.attribute,
    span: anchor.span,
    suggestion: `Run the procedure's lssyscfg commands against ${ownServer} and write the result to ${sameFile ? `a file of ${later.node}'s own` : 'this file'}.`,
  });
}

function onDifferentServers(a: ProfileResolution, b: ProfileResolution): boolean {
  if (a.node === b.node) return false;
  return a.serverName === undefined || b.serverName === undefined || a.serverName !== b.serverName;
}

function same(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** `node lpar201 (physical_server_02)`, or `node lpar201` when its server is unknown. */
function nodeOn(r: ProfileResolution): string {
  return r.serverName ? `node ${r.node} (${r.serverName})` : `node ${r.node}`;
}
