#!/usr/bin/env node
// `npm run bundle`: lparlint as one file, dist/lparlint.mjs, that runs with plain `node` (20.19 or
// later) and nothing else: no node_modules, no schemas/ or rules/ folders. Copy it to a cluster
// node that cannot reach a package registry and run `node lparlint.mjs check ...` there.
// It bundles the built CLI (dist/, so npm run build first: the bundle is what the tests ran),
// and puts lparlint's data files inside: every read of them goes through src/core/assets.ts,
// which the bundle replaces with a module that holds them.
import { appendFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BUNDLE_FILE = join(ROOT, 'dist', 'lparlint.mjs');
const ENTRY = join(ROOT, 'dist', 'src', 'cli', 'bin.js');
const ASSETS_MODULE = join(ROOT, 'dist', 'src', 'core', 'assets.js');
const WORKER_SCRIPT_MODULE = join(ROOT, 'dist', 'src', 'check', 'worker-script.js');
// The bundle is one file, with no worker script beside it: it checks every batch on the main thread.
const NO_WORKER_SCRIPT = 'export function workerScript() { return undefined; }';

/** The files readAsset reads, by their path in the package: what package.json `files` ships besides dist/. */
function assetPaths() {
  const inFolder = (folder, pattern) => readdirSync(join(ROOT, folder)).filter((name) => pattern.test(name)).sort().map((name) => `${folder}/${name}`);
  return ['package.json', ...inFolder('schemas', /\.json$/), ...inFolder('rules', /\.(md|json)$/)];
}

/** The module that stands in for src/core/assets.ts: the same readAsset, over the files as they are now. */
function embeddedAssetsModule() {
  const files = Object.fromEntries(assetPaths().map((path) => [path, readFileSync(join(ROOT, path), 'utf8')]));
  return [
    `const ASSETS = new Map(Object.entries(${JSON.stringify(files)}));`,
    'export function readAsset(relativePath) {',
    '  const text = ASSETS.get(relativePath);',
    "  if (text === undefined) throw new Error(`${relativePath} is not in this lparlint bundle`);",
    '  return text;',
    '}',
  ].join('\n');
}

const embedAssets = {
  name: 'lparlint-embed-assets',
  setup(build) {
    build.onLoad({ filter: /[\\/]core[\\/]assets\.js$/ }, (args) =>
      args.path === ASSETS_MODULE ? { contents: embeddedAssetsModule(), loader: 'js' } : undefined,
    );
    build.onLoad({ filter: /[\\/]check[\\/]worker-script\.js$/ }, (args) =>
      args.path === WORKER_SCRIPT_MODULE ? { contents: NO_WORKER_SCRIPT, loader: 'js' } : undefined,
    );
  },
};

/**
 * Writes the bundle to `outfile`. The bundled CommonJS packages (ajv, picomatch) call `require`
 * for Node's own modules, which an ES module lacks: the banner gives it one.
 */
export async function bundle(outfile = BUNDLE_FILE) {
  if (!existsSync(ENTRY)) throw new Error(`${relative(ROOT, ENTRY)} is missing: run npm run build first`);
  const result = await build({
    entryPoints: [ENTRY],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    banner: { js: "import { createRequire as lparlintCreateRequire } from 'node:module';\nconst require = lparlintCreateRequire(import.meta.url);" },
    plugins: [embedAssets],
    metafile: true,
    // Input paths in the metafile are relative to this folder, with `/`.
    absWorkingDir: ROOT,
    logLevel: 'warning',
  });
  appendFileSync(outfile, thirdPartyNotices(Object.keys(result.metafile.inputs)));
}

/**
 * The licence texts of the packages inside the bundle, as a closing comment: their licences
 * (MIT, ISC, BSD) ask that copies carry them, and the bundle is the copy that travels.
 */
function thirdPartyNotices(inputs) {
  // Each package by its folder: the input's path up to the name after its last node_modules/.
  const packages = new Map();
  for (const input of inputs) {
    const at = input.lastIndexOf('node_modules/') + 'node_modules/'.length;
    if (at < 'node_modules/'.length) continue;
    const [scope = '', base] = input.slice(at).split('/');
    const name = scope.startsWith('@') ? `${scope}/${base}` : scope;
    packages.set(input.slice(0, at) + name, name);
  }
  const notices = [...packages].sort(([a], [b]) => a.localeCompare(b)).map(([inRoot, name]) => {
    const folder = join(ROOT, inRoot);
    const licence = readdirSync(folder).find((file) => /^licen[sc]e/i.test(file));
    const { version, license } = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
    const text = licence ? readFileSync(join(folder, licence), 'utf8').trim() : `${license} (no licence file in the package)`;
    return `${name} ${version}\n\n${text}`;
  });
  return `\n/*\nThird-party software in this file, with its licence:\n\n${notices.join('\n\n---\n\n').replaceAll('*/', '* /')}\n*/\n`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await bundle();
  console.log(`wrote ${relative(process.cwd(), BUNDLE_FILE)}`);
}
