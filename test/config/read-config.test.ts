import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConfigFile } from '../../src/config/read-config.js';
import { tempTree } from '../read/temp-tree.js';

/** Reads `text` as a config file named `name`; the error message, or the data. */
async function read(name: string, text: string): Promise<unknown> {
  const root = await tempTree({ [name]: text });
  return readConfigFile(join(root, name), root).then(
    (config) => config.data,
    (error: Error) => error.message,
  );
}

describe('readConfigFile: valid files', () => {
  it('reads YAML with every key, and $schema', async () => {
    const text = [
      '# yaml-language-server: $schema=./node_modules/lparlint/schemas/config.schema.json',
      '$schema: ./node_modules/lparlint/schemas/config.schema.json',
      'rules:',
      '  whitespace: off',
      '  syntax: [warning]',
      '  required-attribute: [error, { add: [secure_boot], remove: [hca_adapters] }]',
      'overrides:',
      '  - files: ["legacy/**"]',
      '    rules: { encoding: info }',
      'mainCf: cluster/main.cf',
      'inventory: [inventory.yaml]',
      'pathMap: { /configfile: configs }',
      'pattern: "**/*.prof"',
      'ignore: [retired/**]',
      'maxWarnings: 3',
    ].join('\n');
    expect(await read('lparlint.config.yaml', text)).toEqual({
      $schema: './node_modules/lparlint/schemas/config.schema.json',
      rules: { whitespace: 'off', syntax: ['warning'], 'required-attribute': ['error', { add: ['secure_boot'], remove: ['hca_adapters'] }] },
      overrides: [{ files: ['legacy/**'], rules: { encoding: 'info' } }],
      mainCf: 'cluster/main.cf',
      inventory: ['inventory.yaml'],
      pathMap: { '/configfile': 'configs' },
      pattern: '**/*.prof',
      ignore: ['retired/**'],
      maxWarnings: 3,
    });
  });

  it('reads JSON, and .yml as YAML', async () => {
    expect(await read('.lparlintrc.json', '{ "rules": { "whitespace": "error" } }')).toEqual({ rules: { whitespace: 'error' } });
    expect(await read('site.yml', 'maxWarnings: 0')).toEqual({ maxWarnings: 0 });
  });
});

describe('readConfigFile: every fault is one line, file:line:column: message', () => {
  const cases: [string, string, string, string][] = [
    ['a bad severity', 'c.yaml', 'rules:\n  whitespace: warn\n', 'c.yaml:2:15: rules.whitespace is "warn"; expected a severity: off, info, warning or error'],
    ['a bad severity in a list', 'c.yaml', 'rules:\n  whitespace: [fatal]\n', 'c.yaml:2:16: rules.whitespace.0 is "fatal"; expected a severity: off, info, warning or error'],
    [
      'a number for a rule',
      'c.json',
      '{\n  "rules": { "syntax": 2 }\n}\n',
      'c.json:2:24: rules.syntax is 2; expected a severity (off, info, warning or error), or a list [severity, options]',
    ],
    ['an unknown rule, with the nearest id', 'c.json', '{\n  "rules": {\n    "whitespaces": "off"\n  }\n}\n', 'c.json:3:5: unknown key "whitespaces" in rules (did you mean "whitespace"?); expected one of: syntax, single-line,'],
    ['an unknown top-level key', 'c.yaml', 'rule:\n  syntax: off\n', 'c.yaml:1:1: unknown key "rule" at the top of the configuration (did you mean "rules"?)'],
    ['an override without files', 'c.yaml', 'overrides:\n  - rules: { syntax: off }\n', 'c.yaml:2:5: overrides.0 has no files; expected a mapping with files (a list of globs) and rules'],
    ['an override with no glob', 'c.yaml', 'overrides:\n  - files: []\n    rules: {}\n', 'c.yaml:2:12: overrides.0.files is a list; expected a list of one or more globs'],
    ['a negative maxWarnings', 'c.yaml', 'maxWarnings: -1\n', 'c.yaml:1:14: maxWarnings is -1; expected a whole number of 0 or more'],
    ['inventory as a single path', 'c.yaml', 'inventory: inventory.yaml\n', 'c.yaml:1:12: inventory is "inventory.yaml"; expected a list of inventory file paths'],
    ['an empty file', 'c.yaml', '', 'c.yaml:1:1: the configuration is empty; expected a mapping with any of: rules, overrides,'],
    [
      'an option the rule does not know',
      'c.yaml',
      'rules:\n  required-attribute: [error, { ad: [x] }]\n',
      'c.yaml:2:33: unknown key "ad" in rules.required-attribute.1 (did you mean "add"?); expected one of: add, remove',
    ],
    [
      'an option of the wrong shape',
      'c.yaml',
      'rules:\n  required-attribute: [error, { add: secure_boot }]\n',
      'c.yaml:2:38: rules.required-attribute.1.add is "secure_boot"; expected a list of attribute names',
    ],
    [
      'options in an override, for a rule that takes none',
      'c.yaml',
      'overrides:\n  - files: [a]\n    rules:\n      whitespace: [error, { strict: true }]\n',
      'c.yaml:4:27: rule whitespace takes no options; expected just its severity, such as whitespace: error',
    ],
    ['more than severity and options', 'c.yaml', 'rules:\n  syntax: [error, {}, {}]\n', 'c.yaml:2:11: rules.syntax is a list; expected a severity'],
    ['a pathMap folder with "="', 'c.yaml', 'pathMap:\n  /a=b: configs\n', 'c.yaml:2:3: pathMap key "/a=b" is not a folder lparlint can map'],
    ['a custom tag', 'c.yaml', 'mainCf: !include other.yaml\n', 'c.yaml:1:9: the YAML tag !include is not supported: a config file holds plain data'],
    ['a key given twice', 'c.yaml', 'rules: {}\nrules: {}\n', 'c.yaml:2:1: the key "rules" is given twice in one mapping'],
    ['a JSON syntax error', 'c.json', '{\n  "rules": {\n    "syntax": "off"\n    "encoding": "off"\n  }\n}\n', 'c.json:4:5: JSON syntax error:'],
    ['code', 'lparlint.config.js', 'export default {}', 'lparlint.config.js: a config file is JSON (.json) or YAML (.yaml, .yml), never code'],
  ];
  for (const [name, file, text, message] of cases) {
    it(name, async () => {
      expect(await read(file, text)).toMatch(new RegExp(`^${escape(message)}`));
    });
  }

  it('counts the faults after the first', async () => {
    expect(await read('c.yaml', 'rules:\n  syntax: fatal\n  encoding: never\n')).toMatch(/^c\.yaml:2:11: .* \(and 1 more issue\)$/);
  });

  it('says when the file cannot be read', async () => {
    const root = await tempTree({});
    await expect(readConfigFile(join(root, 'missing.json'), root)).rejects.toThrow('missing.json: cannot read the config file: ');
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
