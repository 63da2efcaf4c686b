/**
 * Whether human output gets colours. An explicit `--color`/`--no-color` wins; then FORCE_COLOR
 * (`0`/`false` turn it off), then NO_COLOR (https://no-color.org; chalk does not read it), then
 * whether the output is a terminal that is not `dumb`. Reports written to a file never get colours.
 */
export function useColor(flag: boolean | undefined, env: Readonly<Record<string, string | undefined>>, isTTY: boolean): boolean {
  if (flag !== undefined) return flag;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (env.NO_COLOR) return false;
  return isTTY && env.TERM !== 'dumb';
}
