export type * from './document.js';
export { parseProfile } from './parse.js';
export { printProfile } from './print.js';
export { listGrammar, LIST_GRAMMARS, VIRTUAL_ADAPTER_ATTRIBUTES, type ListGrammar } from './lists/grammars.js';
export { pairAt, pairBefore } from './pair-at.js';
