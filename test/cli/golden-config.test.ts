import { goldenSuite, type GoldenCase } from './golden-harness.js';

const SITE = 'fixtures/config/rules-site';
const INVALID = 'fixtures/config/invalid';

/** The config file (fixtures/config/): discovery, overrides, ignore, precedence, print-config, faults. */
const CASES: readonly GoldenCase[] = [
  // The site's config: whitespace is an error, one attribute added, the old HMC's files relaxed, retired/ skipped.
  { name: 'config-discovered', args: ['check', 'profiles'], cwd: SITE },
  // The same files without the config: the defaults, and retired/ checked too.
  { name: 'config-no-config', args: ['check', 'profiles', '--no-config'], cwd: SITE },
  // Found two folders up; the override for profiles/old-hmc/** matches the path relative to the config file.
  { name: 'config-nested-folder', args: ['check', 'lpar06_on_physical_server_01.cfg'], cwd: `${SITE}/profiles/old-hmc` },
  // An ignored file named on the command line is checked.
  { name: 'config-ignored-named', args: ['check', 'profiles/retired/lpar04_on_physical_server_01.cfg'], cwd: SITE },
  // --rule wins over the config; the config's maxWarnings 0 then fails the run on the warning that is left.
  {
    name: 'config-cli-rule-max-warnings',
    args: ['check', 'profiles/lpar05_on_physical_server_01.cfg', '--rule', 'whitespace=warning', '--rule', 'required-attribute=off'],
    cwd: SITE,
  },
  // --max-warnings wins over the config's maxWarnings.
  {
    name: 'config-cli-max-warnings',
    args: ['check', 'profiles/lpar05_on_physical_server_01.cfg', '--rule', 'whitespace=warning', '--rule', 'required-attribute=off', '--max-warnings', '1'],
    cwd: SITE,
  },
  // --config: the example cluster audited with the main.cf, inventory and path mapping the config names.
  { name: 'config-explicit-cluster', args: ['check', '--config', 'fixtures/config/cluster-site/.lparlintrc.json'] },
  { name: 'config-print', args: ['print-config', 'profiles/old-hmc/lpar06_on_physical_server_01.cfg', '--rule', 'whitespace=info'], cwd: SITE },
  { name: 'config-print-ignored', args: ['print-config', 'profiles/retired/lpar04_on_physical_server_01.cfg'], cwd: SITE },
  { name: 'config-two-files', args: ['check'], cwd: 'fixtures/config/two-configs' },
  { name: 'config-invalid-severity', args: ['check', '--config', `${INVALID}/bad-severity.yaml`, 'fixtures/seed'] },
  { name: 'config-invalid-unknown-rule', args: ['check', '--config', `${INVALID}/unknown-rule.json`, 'fixtures/seed'] },
  { name: 'config-invalid-options', args: ['check', '--config', `${INVALID}/bad-options.yaml`, 'fixtures/seed'] },
  { name: 'config-invalid-code', args: ['check', '--config', `${INVALID}/lparlint.config.js`, 'fixtures/seed'] },
];

goldenSuite('golden output of the built CLI with a config file', CASES);
