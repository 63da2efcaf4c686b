import { loadDataSchema, type DataSchema } from '../yaml/data-schema.js';

let loaded: DataSchema | undefined;

/** `schemas/inventory.schema.json`, read and compiled once per process. */
export function getInventorySchema(): DataSchema {
  loaded ??= loadDataSchema('inventory.schema.json');
  return loaded;
}
