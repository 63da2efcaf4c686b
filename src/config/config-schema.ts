import { loadDataSchema, type DataSchema } from '../yaml/data-schema.js';

let loaded: DataSchema | undefined;

/** `schemas/config.schema.json`, read and compiled once per process, and only when a config file is read. */
export function getConfigSchema(): DataSchema {
  loaded ??= loadDataSchema('config.schema.json');
  return loaded;
}
