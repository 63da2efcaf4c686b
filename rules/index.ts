import type { ClusterRule } from '../src/lint/cluster-rule.js';
import type { Rule, RuleMeta } from '../src/lint/rule.js';
import adapterFormat from './adapter-format.js';
import adapterQuoting from './adapter-quoting.js';
import adapterRole from './adapter-role.js';
import adapterSlot from './adapter-slot.js';
import attributeValue from './attribute-value.js';
import duplicateAttribute from './duplicate-attribute.js';
import encoding from './encoding.js';
import inventory from './inventory.js';
import lparIdConflict from './lpar-id-conflict.js';
import lparName from './lpar-name.js';
import memoryRegion from './memory-region.js';
import mainCfSyntax from './main-cf-syntax.js';
import minDesiredMax from './min-desired-max.js';
import nodeCopy from './node-copy.js';
import nullValue from './null-value.js';
import processorMode from './processor-mode.js';
import profileFile from './profile-file.js';
import profileName from './profile-name.js';
import readOnlyAttribute from './read-only-attribute.js';
import requiredAttribute from './required-attribute.js';
import singleLine from './single-line.js';
import syntax from './syntax.js';
import unknownAttribute from './unknown-attribute.js';
import viosId from './vios-id.js';
import viosList from './vios-list.js';
import viosName from './vios-name.js';
import viosRedundancy from './vios-redundancy.js';
import whitespace from './whitespace.js';

/** Every rule, in the order of the README's rule list: text, attributes, values, adapters, node context. */
export const PROFILE_RULES: readonly Rule[] = [
  syntax,
  singleLine,
  encoding,
  whitespace,
  requiredAttribute,
  readOnlyAttribute,
  unknownAttribute,
  duplicateAttribute,
  profileName,
  nullValue,
  attributeValue,
  minDesiredMax,
  processorMode,
  adapterFormat,
  adapterSlot,
  adapterRole,
  adapterQuoting,
  viosName,
  viosId,
  viosList,
  viosRedundancy,
  lparName,
  lparIdConflict,
  memoryRegion,
];

/** The rules that look at the cluster as a whole: main.cf, the inventory, and files compared across nodes. */
export const CLUSTER_RULES: readonly ClusterRule[] = [mainCfSyntax, inventory, profileFile, nodeCopy];

/** Every rule of both kinds, as `lparlint rules`, `--rule` and the README list them. */
export const ALL_RULES: readonly { readonly meta: RuleMeta }[] = [...PROFILE_RULES, ...CLUSTER_RULES];
