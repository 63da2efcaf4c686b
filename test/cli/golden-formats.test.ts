import { hostname } from 'node:os';
import { EXAMPLE_CLUSTER, EXAMPLE_NODE_FILE, goldenSuite, type GoldenCase } from './golden-harness.js';

/** Where the report files of these goldens go (test/.tmp is not committed). */
const OUT = 'test/.tmp/golden-formats';
// The vendor's example without its repeated attributes: no finding at all.
const CLEAN = 'fixtures/fixes/lpar05-no-repeats.fixed';
const EXAMPLE_LOG = ['diagnose', 'fixtures/example/LPAR_A.log', '--main-cf', 'fixtures/example/main.cf', '--inventory', 'fixtures/example/inventory.yaml', '--path-map', '/configfile=fixtures/example/configfile'];

/** The time of the HTML reports: that of the example log's first failure, 2024-03-05T10:15:42Z. */
const PINNED_TIME = { SOURCE_DATE_EPOCH: '1709633742' };

/**
 * The HTML report names the machine it ran on (os.hostname(), which nothing pins): the golden says
 * HOST instead. It throws when the run information reads differently, rather than let the machine
 * that accepted the golden leak into it.
 */
function pinHostName(output: string): string {
  const ranOn = `</time> on ${hostname()}: `;
  if (!output.includes(ranOn)) throw new Error(`the HTML report's run information does not read "…${ranOn}…": update pinHostName`);
  return output.replaceAll(ranOn, '</time> on HOST: ');
}

/** The CI formats (src/report/formatters/), several outputs in one run, GitHub Actions, colours. */
const CASES: readonly GoldenCase[] = [
  // Every format on the example cluster: one vios-name error (exit 1) and two info findings.
  { name: 'format-sarif', args: [...EXAMPLE_CLUSTER, '--format', 'sarif'] },
  { name: 'format-junit', args: [...EXAMPLE_CLUSTER, '--format', 'junit'] },
  { name: 'format-github', args: [...EXAMPLE_CLUSTER, '--format', 'github'] },
  { name: 'format-compact', args: [...EXAMPLE_CLUSTER, '--format', 'compact'] },
  // A clean file: exit 0; compact prints nothing, JUnit one passing case.
  { name: 'format-compact-clean', args: ['check', CLEAN, '--format', 'compact'] },
  { name: 'format-junit-clean', args: ['check', CLEAN, '--format', 'junit'] },
  // One CI step writes every report: stylish to the log, SARIF and JUnit to files (folders created).
  {
    name: 'format-multi-output',
    args: ['check', ...EXAMPLE_NODE_FILE, '--format', 'stylish', '--format', `github:${OUT}/annotations.txt`, '--format', `junit:${OUT}/junit.xml`],
    outputFiles: [`${OUT}/annotations.txt`, `${OUT}/junit.xml`],
  },
  // --output-file still takes the one format given without a file.
  { name: 'format-output-file', args: ['check', ...EXAMPLE_NODE_FILE, '--format', 'compact', '--output-file', `${OUT}/compact.txt`], outputFiles: [`${OUT}/compact.txt`] },
  // Usage errors: exit 2, one line on stderr, nothing written.
  { name: 'format-unknown', args: ['check', CLEAN, '--format', 'checkstyle'] },
  { name: 'format-two-to-stdout', args: ['check', CLEAN, '--format', 'stylish', '--format', 'compact'] },
  { name: 'format-missing-file', args: ['check', CLEAN, '--format', 'sarif:'] },
  // In GitHub Actions without --format: the stylish report, then the annotations; a --format given wins.
  { name: 'format-github-actions', args: EXAMPLE_CLUSTER, env: { GITHUB_ACTIONS: 'true' } },
  { name: 'format-github-actions-explicit', args: [...EXAMPLE_CLUSTER, '--format', 'compact'], env: { GITHUB_ACTIONS: 'true' } },
  // Colours: FORCE_COLOR colours stylish on a pipe, and wins over NO_COLOR; files and other formats stay plain.
  { name: 'format-force-color', args: ['check', ...EXAMPLE_NODE_FILE], env: { FORCE_COLOR: '1', NO_COLOR: '1' } },
  { name: 'format-no-color-flag', args: ['check', ...EXAMPLE_NODE_FILE, '--no-color'], env: { FORCE_COLOR: '1' } },
  {
    name: 'format-force-color-file',
    args: ['check', ...EXAMPLE_NODE_FILE, '--format', 'compact', '--format', `stylish:${OUT}/stylish.txt`],
    env: { FORCE_COLOR: '1' },
    outputFiles: [`${OUT}/stylish.txt`],
  },
  // diagnose takes the same formats: the failure at its log line, and the finding that explains it.
  { name: 'format-diagnose-compact', args: [...EXAMPLE_LOG, '--format', 'compact'] },
  { name: 'format-diagnose-github', args: [...EXAMPLE_LOG, '--format', 'github'] },
  { name: 'format-diagnose-junit', args: [...EXAMPLE_LOG, '--format', 'junit'] },
  // The HTML reports (their behaviour in a browser: test/e2e/): the same bytes for the same input and time.
  { name: 'format-html', args: [...EXAMPLE_CLUSTER, '--format', 'html'], env: PINNED_TIME, normalise: pinHostName },
  { name: 'format-diagnose-html', args: [...EXAMPLE_LOG, '--format', 'html'], env: PINNED_TIME, normalise: pinHostName },
];

goldenSuite('golden output of the CI formats', CASES);
