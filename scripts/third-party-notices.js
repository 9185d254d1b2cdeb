// @ts-check
// dist/THIRD_PARTY_NOTICES.txt: the name, version, license and license text of every npm package
// bundled into dist/ (read from esbuild's metafiles), shipped in the .vsix and the npm package:
// MIT and the like ask that their notice travel with the code, and minifying drops most of them.
const fs = require('fs');
const path = require('path');

const LICENSE_FILES = /^(licen[cs]e|copying|notice)(\.(md|txt|markdown))?$/i;

/**
 * The packages (their folders under node_modules) that the bundles' inputs come from.
 * @param {import('esbuild').Metafile[]} metafiles @param {string} root
 */
function bundledPackages(metafiles, root) {
  const folders = new Set();
  for (const metafile of metafiles)
    for (const input of Object.keys(metafile.inputs)) {
      const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input.split(path.sep).join('/'));
      if (match) folders.add(path.resolve(root, match[1]));
    }
  return [...folders];
}

/** @param {import('esbuild').Metafile[]} metafiles @param {string} root @param {string} outFile */
function writeThirdPartyNotices(metafiles, root, outFile) {
  const entries = bundledPackages(metafiles, root)
    .map((folder) => {
      const manifest = JSON.parse(fs.readFileSync(path.join(folder, 'package.json'), 'utf8'));
      const files = fs
        .readdirSync(folder)
        .filter((name) => LICENSE_FILES.test(name))
        .sort();
      const texts = files.map((name) => fs.readFileSync(path.join(folder, name), 'utf8').trim());
      const license = typeof manifest.license === 'string' ? manifest.license : 'see its package';
      return { id: `${manifest.name}@${manifest.version}`, license, texts };
    })
    .filter((entry, index, all) => all.findIndex((other) => other.id === entry.id) === index)
    .sort((a, b) => a.id.localeCompare(b.id));
  const text = [
    'nova-mail bundles these packages; each is under the license shown, whose text follows it.',
    '',
    ...entries.flatMap((entry) => [
      '='.repeat(78),
      `${entry.id} (${entry.license})`,
      '='.repeat(78),
      ...(entry.texts.length > 0 ? entry.texts : [`(${entry.license}: no license file in the package)`]),
      '',
    ]),
  ].join('\n');
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(outFile, text);
  return entries;
}

module.exports = { writeThirdPartyNotices, bundledPackages };
