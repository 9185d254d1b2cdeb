// @ts-check
// Writes the parts of the manifest that come from the rule list, so they are never copied by hand:
// the novaMail.rules setting (one property per rule a user can set in the editor) and each rule's
// description in package.nls.json / package.nls.fi.json. Run by esbuild.js on every build;
// `node scripts/generate-manifest.js --check` exits 1 when a committed file is stale.
const fs = require('fs');
const path = require('path');
const Module = require('module');
const esbuild = require('esbuild');

const ROOT = path.resolve(__dirname, '..');
const SEVERITIES = ['error', 'warning', 'info', 'hint', 'off'];

/** The core's rule list, compiled from the TypeScript source in memory. */
/** @returns {{ ALL_RULES: { id: string; description: Record<string, string> }[]; CONFIGURABLE_RULE_IDS: string[] }} */
function loadRules() {
  const { outputFiles } = esbuild.buildSync({
    entryPoints: [path.join(ROOT, 'src/core/rules/index.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false,
    logLevel: 'silent',
  });
  const module = /** @type {Module & { _compile(code: string, file: string): void }} */ (new Module('rules'));
  module._compile(outputFiles[0].text, path.join(ROOT, 'src/core/rules/index.js'));
  return module.exports;
}

function manifestFiles() {
  const { ALL_RULES, CONFIGURABLE_RULE_IDS } = loadRules();
  const read = (/** @type {string} */ name) => fs.readFileSync(path.join(ROOT, name), 'utf8');
  const pkg = JSON.parse(read('package.json'));
  // Our file names in any letter case (the JSON language service's globs know [nN] classes).
  const anyCase = (/** @type {string} */ name) =>
    name.replace(/[a-z]/gi, (c) => `[${c.toLowerCase()}${c.toUpperCase()}]`);
  pkg.contributes.jsonValidation = [
    {
      fileMatch: [anyCase('nova-mail.json'), `*.${anyCase('nova-mail.json')}`],
      url: './schemas/nova-mail.schema.json',
    },
  ];
  const rules = pkg.contributes.configuration.properties['novaMail.rules'];
  rules.properties = Object.fromEntries(
    CONFIGURABLE_RULE_IDS.map((/** @type {string} */ id) => [
      id,
      { type: 'string', enum: SEVERITIES, markdownDescription: `%rule.${id}%` },
    ]),
  );
  /** @type {Record<string, string>} */
  const files = { 'package.json': JSON.stringify(pkg, null, 2) + '\n' };
  for (const [name, lang] of [
    ['package.nls.json', 'en'],
    ['package.nls.fi.json', 'fi'],
  ]) {
    const nls = JSON.parse(read(name));
    for (const key of Object.keys(nls)) if (key.startsWith('rule.')) delete nls[key];
    for (const rule of ALL_RULES) nls[`rule.${rule.id}`] = rule.description[lang];
    files[name] = JSON.stringify(nls, null, 2) + '\n';
  }
  return files;
}

/** Writes the files that changed; returns their names. */
function generateManifest({ check = false } = {}) {
  const stale = [];
  for (const [name, text] of Object.entries(manifestFiles())) {
    const file = path.join(ROOT, name);
    if (fs.readFileSync(file, 'utf8') === text) continue;
    stale.push(name);
    if (!check) fs.writeFileSync(file, text);
  }
  return stale;
}

module.exports = { generateManifest, manifestFiles };

if (require.main === module) {
  const check = process.argv.includes('--check');
  const stale = generateManifest({ check });
  if (check && stale.length > 0) {
    console.error(`stale, run "npm run build": ${stale.join(', ')}`);
    process.exit(1);
  }
  if (!check && stale.length > 0) console.log(`updated ${stale.join(', ')}`);
}
