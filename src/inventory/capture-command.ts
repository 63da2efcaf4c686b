/**
 * The HMC command whose saved output lparlint reads instead of a hand-written server entry: one
 * line per partition, `name,lpar_id,lpar_env`; VIO servers are the lines with `vioserver`. Run on
 * the HMC, `<server>` being the managed system's name as `lssyscfg -r sys -F name` prints it.
 * Sources: hmc-attributes.md §1.5 for the -F output shape (values only, a value holding a comma
 * quoted: IBM/ansible-power-hmc issue #23) and §2 for lpar_env (aixlinux, vioserver, os400); the
 * lssyscfg man page, https://www.ibm.com/support/knowledgecenter/en/POWER8/p8edm/lssyscfg.html.
 */
export const HMC_CAPTURE_COMMAND = 'lssyscfg -r lpar -m <server> -F name,lpar_id,lpar_env';

/**
 * The capture run from a cluster node or CI host for one server, saved under the name lparlint
 * takes as the server's name. `hscroot` is the HMC's default administrator; any HMC user who may
 * list partitions will do.
 */
export function captureCommandFor(server: string): string {
  return `ssh hscroot@<hmc> "${HMC_CAPTURE_COMMAND.replace('<server>', server)}" > ${server}.txt`;
}
