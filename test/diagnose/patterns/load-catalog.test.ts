import { describe, expect, it } from 'vitest';
import {
  loadPatternCatalog,
  matchRecord,
  readPatternCatalog,
  type CatalogIssue,
  type LoadedPatternCatalog,
} from '../../../src/diagnose/patterns/index.js';

const BUILT_IN_COUNT = loadPatternCatalog([]).catalog.length;

/** Issues as `[path:line:column-endLine:endColumn, message]`, for exact comparisons. */
function issuesOf(loaded: LoadedPatternCatalog): [string, string][] {
  return loaded.issues.map((i: CatalogIssue) => [`${i.path}:${i.line}:${i.column}-${i.endLine}:${i.endColumn}`, i.message]);
}

function ids(loaded: LoadedPatternCatalog): string[] {
  return loaded.catalog.map((entry) => entry.pattern.id);
}

const SITE_YAML = `# A site's own HMC message
patterns:
  - id: site-hmc-busy
    category: hmc
    description: The HMC is busy with another operation on the partition.
    regex: 'HSCL(?<code>[0-9A-F]{4}) The HMC is busy'
    flags: i
    captures:
      code: the HMC reference code
    explainedBy: []
    suggestion: Wait for {code} to clear, then bring the resource online again.
    source: seen on our HMCs
`;

const SITE_JSON = JSON.stringify(
  {
    $schema: '../schemas/log-patterns.schema.json',
    patterns: [
      {
        id: 'site-quota',
        category: 'hmc',
        description: 'The managed system has no memory left.',
        regex: 'not enough memory on (?<server>\\S+)',
        captures: { server: 'the managed system' },
        explainedBy: ['min-desired-max'],
        suggestion: 'Free memory on {server}.',
      },
    ],
  },
  null,
  2,
);

describe('loadPatternCatalog: user catalogs', () => {
  it('reads a YAML catalog, puts its entries before the built-in ones and compiles their flags', () => {
    const loaded = loadPatternCatalog([{ path: 'site.yaml', text: SITE_YAML }]);
    expect(issuesOf(loaded)).toEqual([]);
    expect(ids(loaded)[0]).toBe('site-hmc-busy');
    expect(loaded.catalog).toHaveLength(BUILT_IN_COUNT + 1);
    const match = matchRecord('HSCL1A2B the hmc is BUSY', loaded.catalog);
    expect(match?.pattern.id).toBe('site-hmc-busy');
    expect(match?.captures).toEqual({ code: '1A2B' });
  });

  it('reads a JSON catalog the same way, $schema key included', () => {
    const loaded = loadPatternCatalog([{ path: 'site.json', text: SITE_JSON }]);
    expect(issuesOf(loaded)).toEqual([]);
    expect(ids(loaded)[0]).toBe('site-quota');
    expect(loaded.catalog[0]?.pattern).toEqual(JSON.parse(SITE_JSON).patterns[0]);
  });

  it('keeps the files in the order given, before the built-in catalog', () => {
    const loaded = loadPatternCatalog([
      { path: 'site.json', text: SITE_JSON },
      { path: 'site.yaml', text: SITE_YAML },
    ]);
    expect(ids(loaded).slice(0, 3)).toEqual(['site-quota', 'site-hmc-busy', 'hmc-invalid-attribute']);
  });

  it('lets a user entry replace the built-in entry of the same id, in the user entry\'s place', () => {
    const override = SITE_YAML.replace('site-hmc-busy', 'hmc-error');
    const loaded = loadPatternCatalog([{ path: 'site.yaml', text: override }]);
    expect(issuesOf(loaded)).toEqual([]);
    expect(ids(loaded).filter((id) => id === 'hmc-error')).toHaveLength(1);
    expect(ids(loaded)[0]).toBe('hmc-error');
    expect(loaded.catalog).toHaveLength(BUILT_IN_COUNT);
    expect(loaded.catalog[0]?.pattern.description).toBe('The HMC is busy with another operation on the partition.');
  });

  it('lets a site entry win over a general built-in one that also matches', () => {
    const site = SITE_YAML.replace("'HSCL(?<code>[0-9A-F]{4}) The HMC is busy'", "'HSCL(?<code>8012) The partition named'");
    const loaded = loadPatternCatalog([{ path: 'site.yaml', text: site }]);
    expect(matchRecord('HSCL8012 The partition named vio_server2 was not found.', loaded.catalog)?.pattern.id).toBe('site-hmc-busy');
  });
});

/** A catalog of one entry: SITE_YAML with `edit` applied. */
function loadEdited(edit: (text: string) => string, path = 'site.yaml'): LoadedPatternCatalog {
  return loadPatternCatalog([{ path, text: edit(SITE_YAML) }]);
}

describe('loadPatternCatalog: schema faults, at their place', () => {
  it('reports a missing field and an unknown key, and leaves the entry out', () => {
    const loaded = loadEdited((t) => t.replace(/ {4}suggestion: .*\n/, '').replace('    source:', '    sorce:'));
    expect(issuesOf(loaded)).toEqual([
      [
        'site.yaml:3:5-3:5',
        'patterns.0 has no suggestion; expected a pattern: a mapping with id, category, description, regex, captures, explainedBy and suggestion (and optionally flags, relate and source)',
      ],
      [
        'site.yaml:11:5-11:10',
        'unknown key "sorce" in patterns.0 (did you mean "source"?); expected one of: id, category, description, regex, flags, captures, explainedBy, relate, suggestion, source',
      ],
    ]);
    expect(loaded.catalog).toHaveLength(BUILT_IN_COUNT);
  });

  it('refuses the g and y flags', () => {
    const loaded = loadEdited((t) => t.replace('flags: i', 'flags: gi'));
    expect(issuesOf(loaded)).toEqual([
      ['site.yaml:7:12-7:14', 'patterns.0.flags is "gi"; expected "i" (ignore case) or ""; g and y are not allowed, because matching must not depend on the previous match'],
    ]);
    expect(ids(loaded)).not.toContain('site-hmc-busy');
  });

  it('checks ids, categories and rule ids for kebab case', () => {
    const loaded = loadEdited((t) => t.replace('id: site-hmc-busy', 'id: Site_HMC').replace('explainedBy: []', 'explainedBy: [Syntax]'));
    expect(issuesOf(loaded)).toEqual([
      ['site.yaml:3:9-3:17', 'patterns.0.id is "Site_HMC"; expected an id in kebab case, such as hmc-invalid-attribute'],
      ['site.yaml:10:19-10:25', 'patterns.0.explainedBy.0 is "Syntax"; expected a rule id, such as read-only-attribute'],
    ]);
  });

  it('needs a list of patterns at the top', () => {
    expect(issuesOf(loadPatternCatalog([{ path: 'site.yaml', text: 'pattern: []\n' }]))).toEqual([
      ['site.yaml:1:1-1:1', 'the pattern catalog has no patterns; expected a mapping with a list of patterns, such as { patterns: [ { id: site-hmc-busy, category: hmc, ... } ] }'],
      ['site.yaml:1:1-1:8', 'unknown key "pattern" at the top of the pattern catalog (did you mean "patterns"?); expected one of: $schema, patterns'],
    ]);
    expect(issuesOf(loadPatternCatalog([{ path: 'site.yaml', text: '' }]))).toEqual([
      ['site.yaml:1:1-1:1', 'the pattern catalog is empty; expected a mapping with a list of patterns, such as { patterns: [ { id: site-hmc-busy, category: hmc, ... } ] }'],
    ]);
  });

  it('loads the good entries of a file that has a faulty one', () => {
    const two = SITE_YAML + SITE_YAML.split('patterns:\n')[1]?.replace('site-hmc-busy', 'site-second').replace('category: hmc', 'category: 7 hmc');
    const loaded = loadPatternCatalog([{ path: 'site.yaml', text: two }]);
    expect(issuesOf(loaded)).toEqual([['site.yaml:14:15-14:20', 'patterns.1.category is "7 hmc"; expected a category in kebab case, such as profile-attribute, hmc or ssh']]);
    expect(ids(loaded)[0]).toBe('site-hmc-busy');
    expect(loaded.catalog).toHaveLength(BUILT_IN_COUNT + 1);
  });
});

describe('loadPatternCatalog: YAML and JSON faults', () => {
  it('refuses custom tags', () => {
    const loaded = loadEdited((t) => t.replace("regex: 'HSCL", "regex: !regexp 'HSCL"));
    expect(issuesOf(loaded)[0]).toEqual([
      'site.yaml:6:12-6:19',
      'the YAML tag !regexp is not supported: a pattern catalog holds plain data (mappings, lists, text and numbers); remove the tag',
    ]);
  });

  it('reports a JSON syntax error at its place and loads the built-in catalog still', () => {
    const loaded = loadPatternCatalog([{ path: 'site.json', text: SITE_JSON.replace('"hmc",', '"hmc"') }]);
    expect(issuesOf(loaded)).toEqual([['site.json:7:7-7:8', 'JSON syntax error: Missing , between flow map items']]);
    expect(loaded.catalog).toHaveLength(BUILT_IN_COUNT);
  });

  it('reports a key given twice', () => {
    const loaded = loadEdited((t) => t.replace('    flags: i\n', '    flags: i\n    flags: i\n'));
    expect(issuesOf(loaded)[0]).toEqual(['site.yaml:8:5-8:10', 'the key "flags" is given twice in one mapping; expected each key once']);
  });
});

describe('loadPatternCatalog: what the schema cannot check', () => {
  it('reports a regex that does not compile', () => {
    const loaded = loadEdited((t) => t.replace("'HSCL(?<code>[0-9A-F]{4}) The HMC is busy'", "'HSCL(?<code>[0-9A-F]{4} The HMC is busy'"));
    expect(issuesOf(loaded)).toEqual([['site.yaml:6:12-6:53', 'patterns.0 (site-hmc-busy).regex is not a valid regular expression: Unterminated group']]);
    expect(ids(loaded)).not.toContain('site-hmc-busy');
  });

  it('reports a regex that could take more than linear time', () => {
    const loaded = loadEdited((t) => t.replace("'HSCL(?<code>[0-9A-F]{4}) The HMC is busy'", "'(?<code>[0-9A-F]+)+ The HMC is busy'"));
    expect(issuesOf(loaded)).toEqual([
      [
        'site.yaml:6:12-6:49',
        'patterns.0 (site-hmc-busy).regex could take too long on a long log line: (?<code>[0-9A-F]+)+ repeats a group that holds the quantifier [0-9A-F]+: nested quantifiers can take exponential time on a line that almost matches; quantify the inner part or the group, not both',
      ],
    ]);
    expect(ids(loaded)).not.toContain('site-hmc-busy');
  });

  it('needs captures to describe exactly the named groups', () => {
    const loaded = loadEdited((t) => t.replace('(?<code>[0-9A-F]{4})', '(?<hmcCode>[0-9A-F]{4})'));
    expect(issuesOf(loaded)).toEqual([
      ['site.yaml:8:5-8:13', 'patterns.0 (site-hmc-busy).regex has the named group "hmcCode", which captures does not describe; expected captures.hmcCode: what the group holds'],
      ['site.yaml:9:7-9:11', 'patterns.0 (site-hmc-busy).captures.code names no group of the regex; expected one of: hmcCode'],
    ]);
  });

  it('needs group names that a suggestion can use', () => {
    const loaded = loadEdited((t) => t.replace('(?<code>', '(?<$code>').replace('      code:', '      $code:').replace('{code}', 'it'));
    expect(issuesOf(loaded)).toEqual([
      ['site.yaml:6:12-6:55', 'patterns.0 (site-hmc-busy).regex names a group "$code"; expected a name of letters, digits and _ that a suggestion can use as {$code}'],
    ]);
  });

  it('needs relate and the placeholders to name captures, and explainedBy to name rules', () => {
    const loaded = loadEdited((t) =>
      t
        .replace('explainedBy: []', 'explainedBy: [memory-regoin]\n    relate: { attribute: attr }')
        .replace('Wait for {code}', 'Wait for {code} and {minutes}'),
    );
    expect(issuesOf(loaded)).toEqual([
      [
        'site.yaml:10:19-10:32',
        'patterns.0 (site-hmc-busy).explainedBy names the rule "memory-regoin", which lparlint does not have (did you mean "memory-region"?); expected a rule id that `lparlint rules` lists',
      ],
      ['site.yaml:11:26-11:30', 'patterns.0 (site-hmc-busy).relate.attribute is "attr", which is not a capture; expected one of the captures: code'],
      ['site.yaml:12:17-12:94', 'patterns.0 (site-hmc-busy).suggestion uses {minutes}, which is not a capture; expected one of the captures: code'],
    ]);
    expect(ids(loaded)).not.toContain('site-hmc-busy');
  });

  it('counts the first definition of an id, in one file and across files', () => {
    const twice = SITE_YAML + (SITE_YAML.split('patterns:\n')[1] ?? '');
    const inOne = loadPatternCatalog([{ path: 'site.yaml', text: twice }]);
    expect(issuesOf(inOne)).toEqual([['site.yaml:13:9-13:22', 'patterns.1 (site-hmc-busy): an earlier pattern of this file has the id site-hmc-busy; expected each id once']]);
    const inTwo = loadPatternCatalog([
      { path: 'a.yaml', text: SITE_YAML },
      { path: 'b.yaml', text: SITE_YAML.replace('The HMC is busy with', 'Busy with') },
    ]);
    expect(issuesOf(inTwo)).toEqual([['b.yaml:3:9-3:22', 'the pattern id site-hmc-busy is also defined in a.yaml; expected each id once (the first definition counts)']]);
    expect(inTwo.catalog[0]?.pattern.description).toBe('The HMC is busy with another operation on the partition.');
    expect(inTwo.catalog).toHaveLength(BUILT_IN_COUNT + 1);
  });
});

describe('readPatternCatalog', () => {
  it('reads the files it is given and reports one it cannot read, at its start', async () => {
    const files: Record<string, string> = { 'site.yaml': SITE_YAML };
    const readText = (path: string): Promise<string> => {
      const text = files[path];
      return text === undefined ? Promise.reject(Object.assign(new Error('ENOENT'), { code: 'ENOENT' })) : Promise.resolve(text);
    };
    const loaded = await readPatternCatalog(['missing.yaml', 'site.yaml'], readText);
    expect(issuesOf(loaded)).toEqual([['missing.yaml:1:1-1:1', 'cannot read the pattern catalog: it does not exist']]);
    expect(ids(loaded)[0]).toBe('site-hmc-busy');
  });
});
