import { EXAMPLE_CLUSTER, goldenSuite, type GoldenCase } from './golden-harness.js';

/*
 * fixtures/baseline/profiles holds a legacy file (lpar07, 18 errors) and the vendor example with
 * blanks (lpar05, 4 warnings: 1 at lpar_id, 3 at min_mem); the baselines beside it record them
 * (known.json), record fewer (new.json), record more (stale.json) or are broken.
 */
const PROFILES = ['check', 'fixtures/baseline/profiles'];
const UPDATED = 'test/.tmp/golden/baseline-update.json';

const CASES: readonly GoldenCase[] = [
  // Every finding that can fail the run is known: exit 0, and stderr says how many are hidden.
  { name: 'baseline-known', args: [...PROFILES, '--baseline', 'fixtures/baseline/known.json'] },
  { name: 'baseline-known-json', args: [...PROFILES, '--baseline', 'fixtures/baseline/known.json', '--format', 'json'] },
  // Known warnings do not count for --max-warnings either.
  { name: 'baseline-max-warnings', args: [...PROFILES, '--baseline', 'fixtures/baseline/known.json', '--max-warnings', '0'] },
  // Paths in the baseline are relative to its folder, so a run from that folder matches the same entries.
  { name: 'baseline-from-its-folder', args: ['check', 'profiles', '--baseline', 'known.json'], cwd: 'fixtures/baseline' },
  // A null value the baseline lacks (new, exit 1), and 3 blanks at min_mem where it records 1: all 3 shown.
  { name: 'baseline-new', args: [...PROFILES, '--baseline', 'fixtures/baseline/new.json'] },
  // Findings fixed since, and a file since deleted: listed on stderr, exit 0.
  { name: 'baseline-stale', args: [...PROFILES, '--baseline', 'fixtures/baseline/stale.json'] },
  // The example cluster with its one vios-name error accepted; the path leads out of the baseline's folder.
  { name: 'baseline-example-cluster', args: [...EXAMPLE_CLUSTER, '--baseline', 'fixtures/baseline/example-cluster.json'] },
  // Written from scratch; the golden shows the file.
  { name: 'baseline-update', args: [...PROFILES, '--baseline', UPDATED, '--update-baseline'], outputFiles: [UPDATED] },
  // Usage and baseline faults: exit 2, one line on stderr.
  { name: 'baseline-update-without-file', args: [...PROFILES, '--update-baseline'] },
  { name: 'baseline-missing', args: [...PROFILES, '--baseline', 'fixtures/baseline/absent.json'] },
  { name: 'baseline-malformed', args: [...PROFILES, '--baseline', 'fixtures/baseline/malformed.json'] },
  { name: 'baseline-not-json', args: [...PROFILES, '--baseline', 'fixtures/baseline/not-json.json'] },
];

goldenSuite('golden output of the built CLI: --baseline', CASES);
