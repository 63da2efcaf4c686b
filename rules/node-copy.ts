import { defineClusterRule, type ProfileResolution } from '../src/lint/cluster-rule.js';
import { fieldValue, listEntries, type ListEntry } from '../src/lint/helpers/list-items.js';

/** The adapter lists whose client items name a VIO server (partition name, id, slot). */
const VIO_LISTS = ['virtual_scsi_adapters', 'virtual_fc_adapters', 'virtual_serial_adapters'] as const;

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
    const read = context.resolutions.filter((r) => r.document);
    read.forEach((later, i) => {
      const references = vioReferences(later);
      const refs = sortedTexts(references);
      if (refs.length === 0) return;
      const earlier = read
        .slice(0, i)
        .find((r) => r.resource === later.resource && onDifferentServers(r, later) && same(sortedTexts(vioReferences(r)), refs));
      // A file that matches a node on its own server is that server's file, not a copy (three or
      // more nodes: the copy is the file that matches only nodes on other servers).
      const sameServerMatch = read.some(
        (r) => r !== later && r.resource === later.resource && !onDifferentServers(r, later) && r.node !== later.node && same(sortedTexts(vioReferences(r)), refs),
      );
      if (!earlier || sameServerMatch) return;
      // The list of the first copied adapter, not a list of server adapters that may come before it.
      const anchor = references[0]!.entry.pair;
      const ownServer = later.serverName ?? `${later.node}'s own physical server`;
      const copied = `${refs.join(', ')}; expected a file made on ${ownServer}`;
      const sameFile = earlier.path === later.path;
      context.report(later, {
        message:
          sameFile
            ? `For resource ${later.resource.name}, ${nodeOn(later)} uses the same file as ${nodeOn(earlier)}, so both name the same VIO server adapters: ${copied}`
            : `For resource ${later.resource.name} on ${nodeOn(later)}, this file names the same VIO server adapters as ${earlier.path} for ${nodeOn(earlier)}: ${copied}`,
        attribute: anchor.key,
        span: anchor.span,
        suggestion: `Run the procedure's lssyscfg commands against ${ownServer} and write the result to ${sameFile ? `a file of ${later.node}'s own` : 'this file'}.`,
      });
    });
  },
});

function onDifferentServers(a: ProfileResolution, b: ProfileResolution): boolean {
  if (a.node === b.node) return false;
  return a.serverName === undefined || b.serverName === undefined || a.serverName !== b.serverName;
}

/** A client adapter that names a VIO server, as `vio_server1 (partition id 2) remote slot 4`. */
interface VioReference {
  readonly entry: ListEntry;
  readonly text: string;
}

/** Every client adapter of the file that names a VIO server, in file order. */
function vioReferences(r: ProfileResolution): VioReference[] {
  const refs: VioReference[] = [];
  for (const entry of listEntries(r.document!, VIO_LISTS)) {
    if (fieldValue(entry, 'role')?.text !== 'client') continue;
    const name = fieldValue(entry, 'remoteLparName')?.text ?? '';
    const id = fieldValue(entry, 'remoteLparId')?.text ?? '';
    if (!name && !id) continue;
    refs.push({ entry, text: `${name || '?'} (partition id ${id || '?'}) remote slot ${fieldValue(entry, 'remoteSlot')?.text ?? '?'}` });
  }
  return refs;
}

/** The references' texts, sorted, to compare two files whatever their adapter order. */
function sortedTexts(refs: readonly VioReference[]): string[] {
  return refs.map((ref) => ref.text).sort();
}

function same(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** `node lpar201 (physical_server_02)`, or `node lpar201` when its server is unknown. */
function nodeOn(r: ProfileResolution): string {
  return r.serverName ? `node ${r.node} (${r.serverName})` : `node ${r.node}`;
}
