// @ts-check
// `npm start` and `npm test` on a fresh clone, with nothing run before them: installs what is
// missing, then runs the command given. Plain Node (no dependency), since node_modules may not be
// there yet.
//
//   node scripts/bootstrap.js [--debian] <command> [args...]
//
// - node_modules missing, or installed from another package-lock.json: `npm ci`.
// - --debian: the Debian packages of scripts/debian-packages.txt (what the real VS Code needs) when
//   any is missing: installed with apt-get when root, else one exact line to run, and exit 1.
const { execFileSync, spawnSync } = require('child_process');
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const STAMP = path.join(ROOT, 'node_modules', '.nova-mail-installed');
const log = (/** @type {string} */ line) => console.log(`[bootstrap] ${line}`);

/** The lock file's hash: node_modules is current when it was installed from this very lock. */
function lockHash() {
  return crypto
    .createHash('sha256')
    .update(fs.readFileSync(path.join(ROOT, 'package-lock.json')))
    .digest('hex');
}

function ensureNodeModules() {
  const wanted = lockHash();
  const installed = fs.existsSync(STAMP) ? fs.readFileSync(STAMP, 'utf8').trim() : '';
  if (installed === wanted) return;
  log(
    fs.existsSync(path.join(ROOT, 'node_modules'))
      ? 'node_modules was installed from another package-lock.json: npm ci'
      : 'no node_modules yet: npm ci',
  );
  const started = Date.now();
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: ROOT, stdio: 'inherit' });
  fs.writeFileSync(STAMP, wanted + '\n');
  log(`npm ci took ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

/** The Debian packages of the one list (scripts/debian-packages.txt) that are not installed. */
function missingDebianPackages() {
  if (!fs.existsSync('/usr/bin/dpkg-query')) return [];
  const wanted = fs
    .readFileSync(path.join(__dirname, 'debian-packages.txt'), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  return wanted.filter((pkg) => {
    const status = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
    return !status.stdout.includes('ok installed');
  });
}

function ensureDebianPackages() {
  const missing = missingDebianPackages();
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) {
    console.error(
      `[bootstrap] missing Debian packages; run once: sudo apt-get install -y ${missing.join(' ')}`,
    );
    process.exit(1);
  }
  log(`installing Debian packages: ${missing.join(' ')}`);
  // Postfix (the own-server tests' counterpart) installed without a system configuration: the
  // tests run private instances (scripts/servers/postfix.ts). Man pages' index not rebuilt (slow).
  execFileSync('debconf-set-selections', {
    input:
      'postfix postfix/main_mailer_type select No configuration\nman-db man-db/auto-update boolean false\n',
  });
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', ...missing], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

function main() {
  const args = process.argv.slice(2);
  const debian = args[0] === '--debian';
  const command = debian ? args.slice(1) : args;
  if (command.length === 0) {
    console.error('usage: node scripts/bootstrap.js [--debian] <command> [args...]');
    process.exit(2);
  }
  ensureNodeModules();
  if (debian) ensureDebianPackages();
  const result = spawnSync(command[0], command.slice(1), { cwd: ROOT, stdio: 'inherit' });
  process.exit(result.status ?? 1);
}

main();
