/**
 * The two HMC commands whose saved output `lparlint generate` reads: steps 1 and 3 of the Veritas
 * procedure (fixtures/seed). The procedure's text says `-r prof` for step 3; its worked example
 * prints `-r lpar` there by mistake, which would list the partition again instead of its profile.
 * `<server>` is the managed system as `lssyscfg -r sys -F name` prints it.
 */
export const PARTITION_COMMAND = 'lssyscfg -r lpar -m <server> --filter lpar_names=<lpar>';
export const PROFILE_COMMAND = 'lssyscfg -r prof -m <server> --filter lpar_names=<lpar>,profile_names=<profile>';

/**
 * Run from a cluster node or CI host, saved under the names the help uses. `hscroot` is the HMC's
 * default administrator; any HMC user who may list partitions will do.
 */
const SSH = 'ssh hscroot@<hmc>';
const CAPTURES = [
  { command: PARTITION_COMMAND, file: 'LPAR.txt' },
  { command: PROFILE_COMMAND, file: 'PROF.txt' },
];

/** Each capture on one line, as the README shows them. */
export const CAPTURE_COMMANDS: readonly string[] = CAPTURES.map((c) => `${SSH} "${c.command}" > ${c.file}`);

/**
 * The same with a shell line continuation after `ssh`: the help is wrapped at 100 columns, and a
 * line broken there by the help formatter would no longer paste into a shell.
 */
export const CONTINUED_CAPTURE_COMMANDS: readonly string[] = CAPTURES.map((c) => `${SSH} \\\n    "${c.command}" > ${c.file}`);
