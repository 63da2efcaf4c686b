import { InputError } from '../read/input-error.js';

/** `check`: hide the known findings; `update`: write what the run found; `prune`: drop what no longer occurs. */
export type BaselineMode = 'check' | 'update' | 'prune';

export interface BaselineRequest {
  /** The baseline file as the user gave it. */
  readonly file: string;
  readonly mode: BaselineMode;
}

/** The baseline options of `lparlint check`. */
export interface BaselineFlags {
  /** `--baseline FILE` */
  readonly baseline?: string;
  /** `--update-baseline` */
  readonly updateBaseline?: boolean;
  /** `--prune-baseline` */
  readonly pruneBaseline?: boolean;
  /** `--fix-dry-run`: the findings are those of fixed text that is not on disk. */
  readonly fixDryRun?: boolean;
}

/**
 * What the baseline options ask for, or undefined without `--baseline`. Checked before any file is
 * read or fixed, so a bad combination stops the run (exit 2) before it changes anything.
 */
export function baselineRequest(flags: BaselineFlags): BaselineRequest | undefined {
  const writing = flags.updateBaseline ? '--update-baseline' : flags.pruneBaseline ? '--prune-baseline' : undefined;
  if (flags.updateBaseline && flags.pruneBaseline) {
    throw new InputError('--update-baseline already drops what no longer occurs; give it or --prune-baseline, not both');
  }
  if (flags.baseline === undefined) {
    if (writing) throw new InputError(`${writing} needs the baseline file: add --baseline FILE, e.g. --baseline lparlint-baseline.json`);
    return undefined;
  }
  if (writing && flags.fixDryRun) {
    throw new InputError(`${writing} records the findings of the files on disk, and --fix-dry-run reports those of fixed text it does not write; run without --fix-dry-run`);
  }
  return { file: flags.baseline, mode: flags.updateBaseline ? 'update' : flags.pruneBaseline ? 'prune' : 'check' };
}
