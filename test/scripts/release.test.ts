import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { before, describe, it } from 'node:test';
import { ROOT } from '../helpers';
import { itWhere } from '../platform';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS build script
const release = require(path.join(ROOT, 'scripts', 'release.js')) as {
  repository: (manifest: unknown) => { web: string; blob: string; raw: string };
  isPreRelease: (version: string) => boolean;
  relativeLinks: (markdown: string) => string[];
  linkTargets: (markdown: string) => string[];
  packagedText: (vsix: string, name: string) => string;
  CLI_FILES: string[];
};

const MADE_UP = 'https://github.com/example-org/nova-mail-test';
const VERSION = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string })
  .version;

function runRelease(args: string[], cwd: string, env: Record<string, string> = {}) {
  const { VSCE_PAT: _vsce, OVSX_PAT: _ovsx, ...inherited } = process.env;
  const result = spawnSync(process.execPath, [path.join(cwd, 'scripts', 'release.js'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...inherited, ...env },
    timeout: 240_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** A copy of the checkout's files (tracked and new, not ignored), node_modules linked, and a home. */
function stagedCheckout(repository: unknown): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nova-mail-release-'));
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: ROOT,
    encoding: 'utf8',
  })
    .split('\0')
    .filter((file) => file && fs.existsSync(path.join(ROOT, file)));
  for (const file of files) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.copyFileSync(path.join(ROOT, file), path.join(dir, file));
  }
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  const manifestPath = path.join(dir, 'package.json');
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
  fs.writeFileSync(manifestPath, JSON.stringify({ ...manifest, repository }, null, 2));
  return dir;
}

describe('the release: where the repository is, the channel', () => {
  it('reads the repository from the forms package.json allows, and knows where its files are seen', () => {
    const web = 'https://github.com/o/nova-mail';
    for (const given of [web, `${web}.git`, `git+${web}.git`, 'o/nova-mail', 'github:o/nova-mail'])
      assert.deepEqual(
        release.repository({ repository: given }),
        { web, blob: `${web}/blob`, raw: `${web}/raw` },
        given,
      );
    assert.equal(release.repository({ repository: { type: 'git', url: `${web}.git` } }).web, web);
    assert.equal(
      release.repository({ repository: 'https://gitlab.com/g/sub/nova-mail' }).blob,
      'https://gitlab.com/g/sub/nova-mail/-/blob',
    );
  });

  it('refuses anything but a plain GitHub or GitLab repository URL, and never repeats a login', () => {
    const loose =
      /must be https:\/\/github\.com\/<owner>\/<name> or https:\/\/gitlab\.com\/<group>\/<name>, nothing more/;
    const cases: [unknown, RegExp][] = [
      [undefined, /has no "repository"/],
      [{ type: 'git' }, /has no "repository"/],
      ['https://user:ghp_SECRET1@github.com/o/r.git', /has a login in it/],
      ['git+https://ghp_SECRET2@github.com/o/r.git', /has a login in it/],
      ['http://github.com/o/r', loose],
      ['https://github.com/o', loose],
      ['not a url at all', loose],
      ['https://example.com/o/r', loose],
      // Each of these went into every README link (helper findings): a link to javascript:, a
      // space or a quote escaped into the path, a folder, a path that resolves elsewhere.
      ['https://github.com/o/r) [x](javascript:alert(1)', loose],
      ['https://github.com/o r/x', loose],
      ['https://github.com/o/r"onmouseover="x', loose],
      ['https://github.com/o/r/tree/main/sub', loose],
      ['https://github.com/o/../../x/y', loose],
      ['https://github.com/o/..', loose],
      ['https://github.com/o/r?x=1', loose],
      ['https://github.com/o/r#readme', loose],
      ['https://gitlab.com.evil.net/o/r', loose],
      [`https://github.com/o/${'r'.repeat(5000)}/x`, loose],
    ];
    for (const [repository, message] of cases) {
      assert.throws(() => release.repository({ repository }), message, String(repository).slice(0, 80));
      assert.throws(
        () => release.repository({ repository }),
        (error: Error) => !/SECRET/.test(error.message) && error.message.length < 400,
      );
    }
  });

  it('sends odd minor versions to the pre-release channel', () => {
    assert.deepEqual(['0.1.0', '0.2.0', '1.3.7', '2.10.0'].map(release.isPreRelease), [
      true,
      false,
      true,
      false,
    ]);
  });

  it('finds every kind of link a README has, and which are relative', () => {
    const markdown = [
      '[a](docs/a.md) ![b](docs/images/b.png "title") [c](https://x.fi/c) [d](#section)',
      '[ref]: docs/ref.md',
      '<img src="images/icon.png"> <a href="mailto:x@y.fi">x</a>',
    ].join('\n');
    assert.deepEqual(release.relativeLinks(markdown), [
      'docs/a.md',
      'docs/images/b.png',
      'docs/ref.md',
      'images/icon.png',
    ]);
    assert.equal(release.linkTargets(markdown).length, 7);
  });

  it('refuses to package or publish for the registries without a repository in package.json', () => {
    for (const args of [['package'], ['publish', '--dry-run']]) {
      const { status, output } = runRelease(args, ROOT);
      assert.equal(status, 2, output);
      assert.match(output, /package\.json has no "repository": set it to the public home's URL/);
    }
  });
});

describe('the release with a made-up home (vsce 4 under Node 24, the CLI from its npm tarball)', () => {
  let stage = '';
  let packaged = { status: null as number | null, output: '' };
  const tokens = { VSCE_PAT: 'vsce-SECRET-1', OVSX_PAT: 'ovsx-SECRET-2', NODE_AUTH_TOKEN: 'npm-SECRET-3' };
  before(() => {
    stage = stagedCheckout({ type: 'git', url: `${MADE_UP}.git` });
    // A dry run packages for the registries as `package` does (packageExtension), then prints the
    // uploads: one packaging for both (vsce took 29 s and 32 s when each had its own).
    packaged = runRelease(['publish', '--dry-run'], stage, tokens);
  });

  it('packages without a warning, every README and CHANGELOG link absolute and into the repository', () => {
    assert.equal(packaged.status, 0, packaged.output);
    assert.doesNotMatch(packaged.output, /WARNING/i);
    const vsix = path.join(stage, `nova-mail-${VERSION}.vsix`);
    const entries = execFileSync('unzip', ['-Z1', vsix], { encoding: 'utf8' }).split('\n');
    assert.ok(entries.includes('extension/dist/THIRD_PARTY_NOTICES.txt'), 'the licenses of what is bundled');
    assert.ok(!entries.includes('extension/docs/release.md'), "the maintainers' page stays out");
    for (const [source, packagedName] of [
      ['README.md', 'readme.md'],
      ['CHANGELOG.md', 'changelog.md'],
    ] as const) {
      const before = release.linkTargets(fs.readFileSync(path.join(ROOT, source), 'utf8'));
      const after = release.linkTargets(release.packagedText(vsix, `extension/${packagedName}`));
      assert.equal(after.length, before.length, `${source}: as many links`);
      assert.deepEqual(
        release.relativeLinks(release.packagedText(vsix, `extension/${packagedName}`)),
        [],
        source,
      );
      before.forEach((target, index) => {
        if (/^(?:[a-z][a-z0-9+.-]*:|#)/i.test(target)) assert.equal(after[index], target);
        else
          assert.match(after[index], new RegExp(`^${MADE_UP}/(?:blob|raw)/v${VERSION}/${escape(target)}$`));
      });
    }
    assert.ok(release.relativeLinks(fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8')).length > 20);
  });

  it('marks an odd minor version as a pre-release in the package', () => {
    const manifest = release.packagedText(
      path.join(stage, `nova-mail-${VERSION}.vsix`),
      'extension.vsixmanifest',
    );
    assert.equal(
      /Microsoft\.VisualStudio\.Code\.PreRelease" Value="true"/.test(manifest),
      release.isPreRelease(VERSION),
    );
    assert.match(manifest, new RegExp(`Links\\.Source" Value="${MADE_UP}\\.git"`));
  });

  it('does not publish without the credential of every registry, naming each one missing, nor with --only of another', () => {
    const { status, output } = runRelease(['publish'], stage, { VSCE_PAT: 'x' });
    assert.equal(status, 2, output);
    assert.match(output, /not set: OVSX_PAT \(Open VSX\); NODE_AUTH_TOKEN, and npm has no login/);
    assert.doesNotMatch(output, /VSCE_PAT/);
    const unknown = runRelease(['publish', '--only', 'pypi'], stage, { VSCE_PAT: 'x' });
    assert.equal(unknown.status, 2, unknown.output);
    assert.match(unknown.output, /--only takes vsce, ovsx, npm: pypi/);
  });

  it('a dry run prints the three uploads, never a token', () => {
    const { status, output } = packaged;
    assert.equal(status, 0, output);
    assert.equal(output.match(/^would run: /gm)?.length, 3, output);
    assert.match(output, /would run: .*vsce publish --packagePath .*nova-mail-[\d.]+\.vsix --pre-release/);
    assert.match(output, /would run: npm publish .*nova-mail-[\d.]+\.tgz --access public --tag next/);
    assert.doesNotMatch(output, /SECRET/);
  });

  it('pack-cli refuses a development build (twice the size, pointing at maps it has not)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nova-mail-pack-'));
    fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ version: '0.1.0', license: 'MIT' }));
    for (const file of release.CLI_FILES) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), '//# sourceMappingURL=cli.js.map\n');
    }
    fs.mkdirSync(path.join(dir, 'scripts'));
    fs.copyFileSync(path.join(ROOT, 'scripts/release.js'), path.join(dir, 'scripts/release.js'));
    const { status, output } = runRelease(['pack-cli'], dir);
    assert.equal(status, 2, output);
    assert.match(output, /dist\/ holds a development build: run "npm run pack:cli"/);
  });

  it('npx nova-mail: the tarball installs into an empty folder with nothing else, and works there', () => {
    const packed = runRelease(['pack-cli'], stage);
    assert.equal(packed.status, 0, packed.output);
    const tarball = packed.output.trim().split('\n')[0];
    const home = installed(tarball);
    const installedAt = path.join(home, 'node_modules/nova-mail');
    const manifest = JSON.parse(fs.readFileSync(path.join(installedAt, 'package.json'), 'utf8'));
    assert.deepEqual(
      linksLeadingNowhere(installedAt),
      [],
      'the links of every document resolve inside the package',
    );
    assert.ok(
      fs.existsSync(path.join(installedAt, 'THIRD_PARTY_NOTICES.txt')),
      'the licenses of what is bundled',
    );
    assert.deepEqual(
      [manifest.dependencies, manifest.engines, manifest.bin],
      [undefined, { node: '>=20' }, { 'nova-mail': 'cli.js' }],
    );
    assert.deepEqual(
      fs.readdirSync(path.join(home, 'node_modules')).filter((name) => !name.startsWith('.')),
      ['nova-mail'],
    );
    const cli = (args: string[]) =>
      spawnSync(path.join(home, 'node_modules/.bin/nova-mail'), args, { cwd: home, encoding: 'utf8' });
    assertWorks(home, cli);
  });

  itWhere(hasWine(), 'needs Wine (npm run test:windows installs it and node.exe)')(
    "npx nova-mail: the installed package works under Windows' own Node too",
    () => {
      const packed = runRelease(['pack-cli'], stage);
      const home = installed(packed.output.trim().split('\n')[0]);
      const [wineprefix, nodeExe] = execFileSync(
        'bash',
        [path.join(ROOT, 'test/windows/install-windows-node.sh')],
        {
          encoding: 'utf8',
        },
      )
        .trim()
        .split('\n')
        .slice(-2);
      const cli = (args: string[]) => {
        // Wine's pipes break Node's stdio: the output goes to a file.
        const outputFile = path.join(home, 'output.txt');
        const fd = fs.openSync(outputFile, 'w');
        const result = spawnSync(
          'wine',
          [nodeExe, path.join(home, 'node_modules/nova-mail/cli.js'), ...args],
          {
            cwd: home,
            env: { ...process.env, WINEPREFIX: wineprefix, WINEDEBUG: '-all' },
            stdio: ['ignore', fd, fd],
          },
        );
        fs.closeSync(fd);
        return { status: result.status, stdout: fs.readFileSync(outputFile, 'utf8') };
      };
      assertWorks(home, cli);
    },
  );
});

/** An empty folder with the tarball installed, offline: nothing else may be needed. */
function installed(tarball: string): string {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'nova-mail-npx-'));
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--loglevel=error', tarball], {
    cwd: home,
  });
  fs.copyFileSync(
    path.join(ROOT, 'examples/broken.nova-mail.json'),
    path.join(home, 'broken.nova-mail.json'),
  );
  return home;
}

function assertWorks(home: string, cli: (args: string[]) => { status: number | null; stdout: string }) {
  const lint = cli(['lint', '--format', 'json', 'broken.nova-mail.json']);
  assert.equal(lint.status, 1, lint.stdout);
  const problems = (JSON.parse(lint.stdout) as { problems: { rule: string }[] }[])[0].problems;
  assert.ok(problems.some((p) => p.rule === 'smtp-port'));
  const report = cli(['report', '--format', 'json', '.']);
  assert.equal(report.status, 0, report.stdout);
  assert.equal((JSON.parse(report.stdout) as { company: string }[])[0].company, 'Rikki Oy');
  const workbook = cli(['report', '--format', 'xlsx', '--output', 'report.xlsx', '.']);
  assert.equal(workbook.status, 0, workbook.stdout);
  assert.equal(
    fs.readFileSync(path.join(home, 'report.xlsx')).subarray(0, 2).toString(),
    'PK',
    'a workbook (a zip)',
  );
  const help = cli(['check-dns', '--help']);
  assert.equal(help.status, 0, help.stdout);
  assert.match(help.stdout, /check-dns/);
  assert.equal(cli(['--version']).stdout.trim(), VERSION);
  const fixed = cli(['lint', '--fix', 'broken.nova-mail.json']);
  assert.equal(fixed.status, 1, fixed.stdout);
  const after = JSON.parse(fs.readFileSync(path.join(home, 'broken.nova-mail.json'), 'utf8')) as {
    smtp: { port: number };
  };
  assert.equal(after.smtp.port, 25);
}

function hasWine(): boolean {
  return spawnSync('bash', ['-c', 'command -v wine'], { encoding: 'utf8' }).status === 0;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The relative links of the package's Markdown files whose target is not in the package. */
function linksLeadingNowhere(dir: string): string[] {
  const pages = (fs.readdirSync(dir, { recursive: true }) as string[]).filter((file) => file.endsWith('.md'));
  return pages.flatMap((page) =>
    release
      .relativeLinks(fs.readFileSync(path.join(dir, page), 'utf8'))
      .map((target) => path.join(path.dirname(page), decodeURI(target.replace(/#.*$/, ''))))
      .filter((target) => !fs.existsSync(path.join(dir, target)))
      .map((target) => `${page} -> ${target}`),
  );
}
