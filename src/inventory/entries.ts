import type { Span } from '../core/span.js';

/** A partition as one inventory source lists it, with the places of its name and id there. */
export interface PartitionEntry {
  readonly name: string;
  readonly id: number;
  readonly nameSpan: Span;
  readonly idSpan: Span;
}

/** A physical server as one inventory file writes it. */
export interface ServerEntry {
  readonly name: string;
  readonly nameSpan: Span;
  readonly memoryRegionSize?: number;
  readonly vioServers: readonly PartitionEntry[];
  readonly partitions: readonly PartitionEntry[];
  /** `hmcOutput:`: the file's path resolved against the inventory file's folder, and where it is written. */
  readonly hmcOutput?: { readonly path: string; readonly span: Span };
}

/** A `nodes:` entry: a VCS node and the server it runs on. */
export interface NodeEntry {
  readonly node: string;
  readonly nodeSpan: Span;
  readonly server: string;
  readonly serverSpan: Span;
}
