import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { before, describe, it } from 'node:test';
import * as yaml from 'js-yaml';
import { readExample, ROOT } from '../helpers';

const VERSION = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string })
  .version;
const SPEC = `nova-mail@${VERSION}`;

interface Step {
  run?: string;
  uses?: string;
  shell?: string;
  env?: Record<string, string>;
  if?: string;
}
interface Action {
  name: string;
  description: string;
  inputs: Record<string, { description: string; default?: string }>;
  runs: { using: string; steps: Step[] };
}
interface Hook {
  id: string;
  entry: string;
  language: string;
  files: string;
}

const action = yaml.load(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as Action;
const hooks = yaml.load(fs.readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];

const GOOD = readExample('nova-mail.json');
const BROKEN = readExample('broken.nova-mail.json');

/** The CLI's npm package, packed from this checkout's build (what npx would fetch from npm). */
let tarball = '';
before(() => {
  const printed = execFileSync(
    process.execPath,
    [path.join(ROOT, 'scripts/release.js'), 'pack-cli', '--development'],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  tarball = printed.trim().split('\n').at(-1) as string;
});

/** A git repository with the given files committed. */
function gitRepository(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nova-mail-repo-'));
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env: GIT_ENV, stdio: 'pipe' });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'files');
  return dir;
}
const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.fi',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.fi',
};

describe('the GitHub Action (action.yml, action/lint.sh)', () => {
  it('declares every input it uses, keeps inputs out of script text, and runs this release', () => {
    assert.equal(action.runs.using, 'composite');
    const text = fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8');
    const used = new Set([...text.matchAll(/\binputs\.([\w-]+)/g)].map((m) => m[1]));
    assert.deepEqual(
      [...used].filter((name) => !(name in action.inputs)),
      [],
    );
    for (const step of action.runs.steps) {
      if (step.run) {
        assert.equal(step.shell, 'bash');
        assert.doesNotMatch(step.run, /\$\{\{/, 'an expression in a script is an injection');
      }
    }
    assert.equal(action.inputs.version.default, VERSION, 'the action runs the npm release of its own tag');
  });

  it('lint.sh: the problems in SARIF, the exit code as an output, and never fails the step itself', () => {
    const dir = gitRepository({ 'clients/a/nova-mail.json': GOOD, 'clients/b.nova-mail.json': BROKEN });
    const run = (files: string, env: Record<string, string> = {}) => {
      const output = path.join(dir, 'github-output.txt');
      fs.writeFileSync(output, '');
      const result = spawnSync('bash', [path.join(ROOT, 'action/lint.sh')], {
        cwd: dir,
        encoding: 'utf8',
        env: {
          ...process.env,
          NOVA_MAIL_PACKAGE: tarball,
          NOVA_MAIL_FILES: files,
          NOVA_MAIL_LANG: 'fi',
          NOVA_MAIL_SARIF: 'out.sarif',
          GITHUB_OUTPUT: output,
          ...env,
        },
      });
      return {
        status: result.status,
        log: result.stdout + result.stderr,
        outputs: fs.readFileSync(output, 'utf8'),
      };
    };
    const broken = run('clients/a\n clients/b.nova-mail.json');
    assert.equal(broken.status, 0);
    assert.equal(broken.outputs, 'exit-code=1\nsarif-written=true\n');
    assert.match(broken.log, /b\.nova-mail\.json/);
    const sarif = JSON.parse(fs.readFileSync(path.join(dir, 'out.sarif'), 'utf8')) as {
      runs: { results: { ruleId: string; level: string }[] }[];
    };
    assert.ok(sarif.runs[0].results.some((r) => r.ruleId === 'real-password' && r.level === 'error'));
    assert.equal(run('clients/a').outputs, 'exit-code=0\nsarif-written=true\n');
    assert.equal(run('missing/').outputs, 'exit-code=2\nsarif-written=true\n');
    // Regressions (helper findings): a SARIF file in a folder not made yet was "exit 1, not written";
    // a package npx could not run, or a usage error, was exit 1 too, as if nova-mail found an error.
    assert.equal(
      run('clients/a', { NOVA_MAIL_SARIF: 'reports/x/n.sarif' }).outputs,
      'exit-code=0\nsarif-written=true\n',
    );
    assert.ok(fs.statSync(path.join(dir, 'reports/x/n.sarif')).size > 0);
    const notRun = run('clients/a', { NOVA_MAIL_PACKAGE: path.join(dir, 'no-such-package.tgz') });
    assert.equal(notRun.outputs, 'exit-code=2\nsarif-written=false\n');
    assert.match(notRun.log, /::error::nova-mail wrote no SARIF/);
    const usage = run('clients/a', { NOVA_MAIL_LANG: 'sv' });
    assert.equal(usage.outputs, 'exit-code=2\nsarif-written=false\n');
    assert.match(usage.log, /--lang/);
    // Once: the messages of the SARIF run are not shown twice.
    assert.equal(run('missing/').log.match(/missing\/: /g)?.length, 1);
  });
});

describe("the pre-commit hooks (.pre-commit-hooks.yaml), with Debian's pre-commit", () => {
  it('run this release, and match nova-mail files in any letter case and nothing else', () => {
    for (const hook of hooks) {
      assert.equal(hook.language, 'system');
      assert.ok(hook.entry.includes(`--package ${SPEC} --`), hook.entry);
    }
    const pattern = new RegExp(hooks[0].files.replace('(?i)', ''), 'i');
    const matching = ['nova-mail.json', 'a/ACME.Nova-Mail.JSON', 'x.y.nova-mail.json'];
    const other = ['nova-mail.json.bak', 'package.json', 'mynova-mail.json', 'a/.nova-mail.json/x'];
    assert.deepEqual(
      matching.filter((f) => pattern.test(f)),
      matching,
    );
    assert.deepEqual(
      other.filter((f) => pattern.test(f)),
      [],
    );
  });

  it('fails a commit with a broken file, names its problems, passes a good one, and fixes with nova-mail-fix', () => {
    const hookRepo = gitRepository({
      '.pre-commit-hooks.yaml': fs.readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8'),
    });
    const rev = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: hookRepo, encoding: 'utf8' }).trim();
    // The one change: npx takes the package from this checkout's tarball instead of npm.
    const local = (id: string) => ({
      id,
      entry: hooks.find((h) => h.id === id)?.entry.replace(SPEC, tarball),
    });
    const config = { repos: [{ repo: hookRepo, rev, hooks: [local('nova-mail')] }] };
    const work = gitRepository({
      '.pre-commit-config.yaml': yaml.dump(config),
      'good/nova-mail.json': GOOD,
      'package.json': '{"not": "ours"}',
    });
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'nova-mail-pre-commit-'));
    const preCommit = (...args: string[]) => {
      const result = spawnSync('pre-commit', args, {
        cwd: work,
        encoding: 'utf8',
        env: { ...GIT_ENV, PRE_COMMIT_HOME: home },
      });
      return { status: result.status, output: `${result.stdout}${result.stderr}` };
    };
    const good = preCommit('run', '--all-files');
    assert.equal(good.status, 0, good.output);
    assert.match(good.output, /nova-mail lint\.+Passed/);

    // A file named like an option is a file (regression: "Unknown option --fix", exit 2).
    fs.writeFileSync(path.join(work, '--fix.nova-mail.json'), GOOD);
    execFileSync('git', ['add', '--', '--fix.nova-mail.json'], { cwd: work });
    const optionLike = preCommit('run');
    assert.equal(optionLike.status, 0, optionLike.output);

    fs.writeFileSync(path.join(work, 'Client.Nova-Mail.json'), BROKEN);
    execFileSync('git', ['add', 'Client.Nova-Mail.json'], { cwd: work });
    const bad = preCommit('run');
    assert.equal(bad.status, 1, bad.output);
    assert.match(bad.output, /nova-mail lint\.+Failed/);
    assert.match(bad.output, /Client\.Nova-Mail\.json:\d+:\d+ {2}error .* {2}real-password/);

    config.repos[0].hooks = [local('nova-mail-fix')];
    fs.writeFileSync(path.join(work, '.pre-commit-config.yaml'), yaml.dump(config));
    const fixed = preCommit('run', '--files', 'Client.Nova-Mail.json');
    assert.equal(fixed.status, 1, fixed.output);
    assert.match(fixed.output, /files were modified by this hook/);
    const after = JSON.parse(fs.readFileSync(path.join(work, 'Client.Nova-Mail.json'), 'utf8')) as {
      smtp: { port: number };
    };
    assert.equal(after.smtp.port, 25);
  });
});

describe('the examples a user copies (docs/examples/nova-mail-workflow.yml, the README)', () => {
  const version = VERSION.replace(/\./g, '\\.');
  it('use the action and the hooks of this release', () => {
    const workflow = fs.readFileSync(path.join(ROOT, 'docs/examples/nova-mail-workflow.yml'), 'utf8');
    assert.match(workflow, new RegExp(`uses: [\\w-]+/nova-mail@v${version}\\n`));
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    assert.match(readme, new RegExp(`uses: [\\w-]+/nova-mail@v${version}\\n`));
    assert.match(readme, new RegExp(`rev: v${version}\\n`));
  });
});
