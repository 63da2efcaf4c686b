import { serverOfNodeLabel } from '../src/lint/helpers/node-label.js';
import { numericAttribute } from '../src/lint/helpers/numeric-attribute.js';
import { shellWord } from '../src/lint/helpers/shell-word.js';
import { defineRule } from '../src/lint/rule.js';

const MEMORY_ATTRIBUTES = ['min_mem', 'desired_mem', 'max_mem'] as const;

/**
 * Partition memory is handed out in logical memory blocks of the managed system's memory region size
 * (LMB); each memory value must be a multiple of it. The HMC refuses others with "... of the memory
 * region size for the managed system." (hmc-attributes.md §2.2, §2.6 item 2, §4; pypowervm
 * `_validate_lmb_size`).
 */
export default defineRule({
  meta: {
    id: 'memory-region',
    description: "min_mem, desired_mem and max_mem must be multiples of the node's physical server's memory region size.",
    severity: 'error',
  },
  check(context) {
    const node = context.node;
    const server = node?.server;
    const region = server?.memoryRegionSize;
    if (!node || !server || region === undefined || region <= 0) return;
    for (const attribute of MEMORY_ATTRIBUTES) {
      const memory = numericAttribute(context, attribute);
      if (!memory || memory.value % region === 0) continue;
      const below = Math.floor(memory.value / region) * region;
      const above = below + region;
      const nearest = below > 0 ? `${below} or ${above}` : `${above}`;
      context.report({
        message: `${attribute} is ${memory.pair.value} MB, not a multiple of the memory region size for the managed system: ${region} MB on ${serverOfNodeLabel(node, server.name)}; expected a multiple of ${region} such as ${nearest}`,
        attribute,
        span: memory.pair.valueSpan,
        suggestion: `Set ${attribute} to ${nearest}. The region size is what lshwres -r mem -m ${shellWord(server.name)} --level sys -F mem_region_size prints; it is set per managed system and may differ on the other node's server.`,
      });
    }
  },
});
