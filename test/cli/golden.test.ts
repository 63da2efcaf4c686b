import { EXAMPLE_CLUSTER, EXAMPLE_NODE_FILE, goldenSuite, type GoldenCase } from './golden-harness.js';

const CASES: readonly GoldenCase[] = [
  // lpar201's file names vio_server2, a VIO server of lpar101's physical server: one vios-name error.
  { name: 'check-example-stylish', args: EXAMPLE_CLUSTER },
  { name: 'check-example-json', args: [...EXAMPLE_CLUSTER, '--format', 'json'] },
  { name: 'check-quiet', args: [...EXAMPLE_CLUSTER, '--quiet'] },
  // One file for one node, without main.cf: the node context comes from the inventory alone.
  { name: 'check-node', args: ['check', ...EXAMPLE_NODE_FILE] },
  // Without --path-map the ProfileFile paths are the cluster's (/configfile/...), absent here.
  { name: 'check-main-cf-unmapped', args: ['check', '--main-cf', 'fixtures/example/main.cf'] },
  { name: 'check-clean', args: ['check', 'fixtures/example/configfile/lpar05_on_physical_server_01.cfg'] },
  // The two raw lssyscfg outputs pasted together: what the tool finds without any cluster context.
  { name: 'check-raw-paste', args: ['check', 'fixtures/profiles/lpar07-raw-lssyscfg-paste.cfg'] },
  // The vendor example with a blank after the first comma: one warning and no error.
  {
    name: 'check-max-warnings',
    args: ['check', 'test/cli/inputs/lpar05_blank_after_comma.cfg', '--max-warnings', '0'],
  },
  {
    name: 'check-stdin',
    args: ['check', '-', '--stdin-filename', 'lpar05.cfg'],
    stdinFile: 'fixtures/seed/lssyscfg-raw-concatenated.cfg',
  },
  {
    name: 'check-json-output-file',
    args: ['check', ...EXAMPLE_NODE_FILE, '--format', 'json', '--output-file', 'test/.tmp/golden/report.json'],
    outputFiles: ['test/.tmp/golden/report.json'],
  },
  // --fix-dry-run: the diff on stdout, as git apply takes it; on stderr the report of the fixed text.
  { name: 'check-fix-dry-run', args: ['check', 'fixtures/seed/lssyscfg-raw-concatenated.cfg', '--fix-dry-run'] },
  // The example cluster's safe fixes: each file's `fixed` in the JSON report, and the unsafe fix left over.
  { name: 'check-fix-dry-run-json', args: [...EXAMPLE_CLUSTER, '--fix-dry-run', '--format', 'json'] },
  // --diff with --fix-unsafe: lpar201's file names its own VIO server.
  { name: 'check-diff-unsafe', args: ['check', ...EXAMPLE_NODE_FILE, '--fix-unsafe', '--diff'] },
  { name: 'rules', args: ['rules'] },
  { name: 'rules-id', args: ['rules', 'adapter-format'] },
  { name: 'bad-option', args: ['check', '--frobnicate', 'fixtures/example'] },
  // The help, which yargs writes from the option tables (check-options.ts, shared-options.ts).
  { name: 'help', args: ['--help'] },
  { name: 'help-check', args: ['check', '--help'] },
];

goldenSuite('golden output of the built CLI', CASES);
