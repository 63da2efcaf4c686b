/** The log pattern catalog: loading and checking it, and matching a message against it. */
export type { CatalogIssue, CatalogSource, CompiledPattern, LoadedPatternCatalog, PatternCatalog } from './catalog.js';
export { isLinearTimeSafe, type RegexVerdict } from './linear-time.js';
export { loadPatternCatalog } from './load-catalog.js';
export { matchRecord } from './match.js';
export { readPatternCatalog } from './read-catalog.js';
