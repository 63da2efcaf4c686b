import { defineClusterRule, type ProfileResolution } from '../src/lint/cluster-rule.js';
import { fieldValue, listEntries } from '../src/lint/helpers/list-items.js';

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
      const refs = vioReferences(later);
      if (refs.length === 0) return;
      const earlier = read
        .slice(0, i)
        .find((r) => r.resource === later.resource && onDifferentServers(r, later) && same(vioReferences(r), refs));
      if (!earlier) return;
      const anchor = listEntries(later.document!, VIO_LISTS)[0]!.pair;
      const samePath = earlier.path === later.path;
      context.report(later, {
        message:
          `${later.path} for ${later.node}${server(later)} names the same VIO server adapters as ` +
          (samePath ? `the file ${earlier.node}${server(earlier)} uses (both nodes use this one file)` : `${earlier.path} for ${earlier.node}${server(earlier)}`) +
          `: ${refs.join(', ')}; expected a file made on ${later.node}'s own server`,
        attribute: anchor.key,
        span: anchor.span,
        suggestion: `Run the procedure's lssyscfg commands against ${later.serverName ?? `${later.node}'s physical server`} and write the result for ${later.node}.`,
      });
    });
  },
});

function onDifferentServers(a: ProfileResolution, b: ProfileResolution): boolean {
  if (a.node === b.node) return false;
  return a.serverName === undefined || b.serverName === undefined || a.serverName !== b.serverName;
}

/** `vio_server1 (id 2) slot 4` for every client adapter that names a VIO server, sorted. */
function vioReferences(r: ProfileResolution): string[] {
  const refs: string[] = [];
  for (const entry of listEntries(r.document!, VIO_LISTS)) {
    if (fieldValue(entry, 'role')?.text !== 'client') continue;
    const name = fieldValue(entry, 'remoteLparName')?.text ?? '';
    const id = fieldValue(entry, 'remoteLparId')?.text ?? '';
    if (!name && !id) continue;
    refs.push(`${name || '?'} (id ${id || '?'}) slot ${fieldValue(entry, 'remoteSlot')?.text ?? '?'}`);
  }
  return refs.sort();
}

function same(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function server(r: ProfileResolution): string {
  return r.serverName ? ` (${r.serverName})` : '';
}
