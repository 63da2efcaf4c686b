import type { Span } from '../../core/span.js';
import type { ProfileDocument } from '../../parse/profile/document.js';
import { describeItem, fieldValue, listEntries, type FieldValue, type ListEntry } from './list-items.js';

/**
 * What may serve a client adapter of a kind besides a VIO server. `accepted`: another partition is
 * documented to (IBM i hosts vSCSI: "Virtual SCSI server adapters can be created only in logical
 * partitions of type IBM i and Virtual I/O Server"; a serial client may connect to any partition's
 * serial server adapter). `uncertain`: whether IBM i hosts vFC server adapters is UNCERTAIN
 * (hmc-attributes.md §2.5), so such a finding is a warning. `rejected`: vNIC backing devices are
 * named `sriov/<vios-name>/<vios-id>/...` — only a VIO server backs a vNIC (§2.5).
 */
export type OtherHosts = 'accepted' | 'uncertain' | 'rejected';

/** A kind of client adapter whose items name the partition that serves them. */
export interface ClientAdapterKind {
  readonly attribute: 'virtual_scsi_adapters' | 'virtual_fc_adapters' | 'virtual_serial_adapters' | 'vnic_adapters';
  /** How messages name the kind. */
  readonly label: string;
  readonly otherHosts: OtherHosts;
}

export const CLIENT_ADAPTER_KINDS: readonly ClientAdapterKind[] = [
  { attribute: 'virtual_scsi_adapters', label: 'virtual SCSI', otherHosts: 'accepted' },
  { attribute: 'virtual_fc_adapters', label: 'virtual Fibre Channel', otherHosts: 'uncertain' },
  { attribute: 'virtual_serial_adapters', label: 'virtual serial', otherHosts: 'accepted' },
  { attribute: 'vnic_adapters', label: 'vNIC', otherHosts: 'rejected' },
];

/** One client adapter's (or one vNIC backing device's) reference to the partition that serves it. */
export interface RemotePartitionRef {
  readonly entry: ListEntry;
  readonly kind: ClientAdapterKind;
  /** How messages name the adapter: `virtual_scsi_adapters item 2 (404/client/3/vio_server2/6/1)`. */
  readonly label: string;
  /** The remote partition name; absent when the field is empty (an ID-only adapter). */
  readonly name?: FieldValue;
  /** The remote partition ID as written; absent when the field is empty. */
  readonly id?: FieldValue;
}

/** The remote partition ID as a number; undefined when absent or not a number (adapter-format's finding). */
export function remoteId(ref: RemotePartitionRef): number | undefined {
  return ref.id && /^\d+$/.test(ref.id.text) ? Number(ref.id.text) : undefined;
}

/**
 * Every reference from a client adapter of the profile to the partition serving it, in file order.
 * Server adapters are skipped: they name their clients (or `any`), not a VIO server.
 */
export function remotePartitionRefs(document: ProfileDocument): RemotePartitionRef[] {
  const refs: RemotePartitionRef[] = [];
  for (const kind of CLIENT_ADAPTER_KINDS) {
    for (const entry of listEntries(document, [kind.attribute])) {
      if (kind.attribute === 'vnic_adapters') refs.push(...backingDeviceRefs(document, entry, kind));
      else if (fieldValue(entry, 'role')?.text === 'client') refs.push(clientRef(entry, kind));
    }
  }
  return refs.sort((a, b) => a.entry.item.span.start - b.entry.item.span.start);
}

function clientRef(entry: ListEntry, kind: ClientAdapterKind): RemotePartitionRef {
  const name = nonEmpty(fieldValue(entry, 'remoteLparName'));
  const id = nonEmpty(fieldValue(entry, 'remoteLparId'));
  return { entry, kind, label: describeItem(entry), ...(name ? { name } : {}), ...(id ? { id } : {}) };
}

/**
 * The VIO servers of a vNIC's backing devices, `sriov/<vios-name>/<vios-id>/<adapter-id>/...`
 * (hmc-attributes.md §2.5), comma-separated. Read only when the field's text stands as is in the
 * file, so that each name and ID has an exact range; a field split by a line break is skipped (the
 * single-line rule reports the break).
 */
function backingDeviceRefs(document: ProfileDocument, entry: ListEntry, kind: ClientAdapterKind): RemotePartitionRef[] {
  const field = fieldValue(entry, 'backingDevices');
  if (!field || !document.source.slice(field.span.start, field.span.end).endsWith(field.text)) return [];
  const refs: RemotePartitionRef[] = [];
  let start = field.span.end - field.text.length;
  field.text.split(',').forEach((device, index) => {
    const deviceStart = start;
    start += device.length + 1;
    const [type = '', name = '', id] = device.split('/');
    if (id === undefined) return;
    const nameStart = deviceStart + type.length + 1;
    refs.push({
      entry,
      kind,
      label: `${entry.pair.key} item ${entry.item.index + 1} backing device ${index + 1} (${device})`,
      ...(name ? { name: { text: name, span: spanOf(nameStart, name) } } : {}),
      ...(id ? { id: { text: id, span: spanOf(nameStart + name.length + 1, id) } } : {}),
    });
  });
  return refs;
}

function spanOf(start: number, text: string): Span {
  return { start, end: start + text.length };
}

function nonEmpty(field: FieldValue | undefined): FieldValue | undefined {
  return field && field.text !== '' ? field : undefined;
}
