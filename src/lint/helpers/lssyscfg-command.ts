import type { ProfileDocument } from '../../parse/profile/document.js';
import type { AttributeSource } from '../../validate/model.js';
import { firstPair } from './first-pair.js';

/**
 * The HMC command that prints an attribute, as the VCS procedure runs it (seed steps 1 and 3,
 * vcs-lpar-agent.md §2.2): `lssyscfg -r lpar` for partition settings, `lssyscfg -r prof` for the
 * profile. The partition and profile names are taken from the record when it has them, so the
 * command can be pasted as is; the managed system is never in the file and stays a placeholder.
 */
export function lssyscfgCommand(source: AttributeSource, document: ProfileDocument): string {
  const lpar = filterValue(document, 'name', '<lpar>');
  const profile = filterValue(document, 'profile_name', '<profile>');
  const lparCommand = `lssyscfg -r lpar -m <server> --filter ${filter(`lpar_names=${lpar}`)}`;
  const profCommand = `lssyscfg -r prof -m <server> --filter ${filter(`lpar_names=${lpar},profile_names=${profile}`)}`;
  if (source === 'lpar') return lparCommand;
  if (source === 'prof') return profCommand;
  return `${lparCommand} (or ${profCommand})`;
}

/** The first pair's value for `key` — the partition name is the first `name` of a merged record. */
function filterValue(document: ProfileDocument, key: string, placeholder: string): string {
  const value = firstPair(document, key)?.value;
  return value === undefined || value === '' ? placeholder : value;
}

/** Names may hold blanks (hmc-attributes.md §2.1); the shell then needs the filter quoted. */
function filter(text: string): string {
  return /^[\w.,=<>-]+$/.test(text) ? text : `"${text}"`;
}
