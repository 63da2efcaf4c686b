import type { Span } from '../../core/span.js';
import type { ProfileDocument } from '../../parse/profile/document.js';
import { fieldValue, listEntries } from './list-items.js';

/** The adapter lists whose client items name a VIO server (partition name, id, slot). */
const VIO_LISTS = ['virtual_scsi_adapters', 'virtual_fc_adapters', 'virtual_serial_adapters'] as const;

/** A client adapter that names a VIO server, as `vio_server1 (partition id 2) remote slot 4`. */
export interface VioReference {
  readonly text: string;
  /** The list attribute the adapter is an item of, and that attribute's span: where a finding points. */
  readonly attribute: string;
  readonly span: Span;
}

/** Every client adapter of the file that names a VIO server, in file order. */
export function vioReferences(document: ProfileDocument): VioReference[] {
  const refs: VioReference[] = [];
  for (const entry of listEntries(document, VIO_LISTS)) {
    if (fieldValue(entry, 'role')?.text !== 'client') continue;
    const name = fieldValue(entry, 'remoteLparName')?.text ?? '';
    const id = fieldValue(entry, 'remoteLparId')?.text ?? '';
    if (!name && !id) continue;
    const text = `${name || '?'} (partition id ${id || '?'}) remote slot ${fieldValue(entry, 'remoteSlot')?.text ?? '?'}`;
    refs.push({ text, attribute: entry.pair.key, span: entry.pair.span });
  }
  return refs;
}
