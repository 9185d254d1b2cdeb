import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { COMMON_OPTIONS } from '../../src/cli/command';
import { COMMANDS } from '../../src/cli/commands';
import { helpText } from '../../src/cli/help';
import { moreSayer } from '../../src/cli/more-messages';
import { runCli } from './run-cli';

describe('the help, written from the command table', () => {
  for (const lang of ['en', 'fi'] as const) {
    it(`lists every command with every option and its words, in ${lang}`, () => {
      const say = moreSayer(lang);
      const help = helpText(lang, COMMANDS);
      for (const command of COMMANDS) {
        const synopsis = help.split('\n').find((line) => line.startsWith(`  nova-mail ${command.name} `));
        assert.ok(synopsis, command.name);
        const section = help.slice(help.indexOf(`\n${command.name}\n`));
        for (const [name, spec] of Object.entries({ ...command.options, ...COMMON_OPTIONS })) {
          if (name === 'help') continue;
          assert.match(
            section.replace(/\n {3,}/g, ' '),
            new RegExp(`--${name} +${escape(say(spec.help))}`),
            `${command.name} --${name}`,
          );
          if (spec.choices)
            assert.ok(help.includes(`--${name} ${spec.choices.join('|')}`), `${command.name} --${name}`);
        }
        assert.ok(section.replace(/\n +/g, ' ').includes(say(command.exit)), `${command.name}: exit codes`);
        // Every line within the width, option lines too (160 columns were a helper's finding).
        for (const line of help.split('\n')) assert.ok(line.length <= 100, line);
      }
    });
  }

  it('speaks --lang wherever it stands: before the command, after --help, for an unknown command (regression)', () => {
    const finnishHelp = helpText('fi', COMMANDS);
    for (const args of [
      ['--help', '--lang', 'fi'],
      ['-h', '--lang=fi'],
      ['help', '--lang', 'fi'],
      ['--lang', 'fi', '--help'],
    ]) {
      const run = runCli(args, { env: { LANG: 'C' } });
      assert.deepEqual([run.status, run.stdout.trimEnd()], [0, finnishHelp], args.join(' '));
    }
    const bare = runCli(['--lang', 'fi'], { env: { LANG: 'C' } });
    assert.deepEqual([bare.status, bare.stdout.trimEnd()], [2, finnishHelp]);
    const unknown = runCli(['frob', '--lang', 'fi'], { env: { LANG: 'C' } });
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /^Tuntematon komento "frob"\./);
    const leading = runCli(['--lang', 'fi', 'lint', 'examples/broken.nova-mail.json'], {
      env: { LANG: 'C' },
    });
    assert.equal(leading.status, 1);
    assert.match(leading.stdout, /virhe/);
    const wrong = runCli(['--lang', 'xx', 'lint', 'examples/nova-mail.json'], { env: { LANG: 'C' } });
    assert.equal(wrong.status, 2);
    assert.match(wrong.stderr, /^--lang must be one of en, fi \(got "xx"\)/);
    // A helper's `sheet --lang` said (got ""), and `report ex --lang --format csv` (got "--format").
    for (const args of [
      ['sheet', '--lang'],
      ['report', 'examples', '--lang', '--format', 'csv'],
    ]) {
      const missing = runCli(args, { env: { LANG: 'C' } });
      assert.equal(missing.status, 2);
      assert.match(missing.stderr, /^Option --lang needs a value\./, args.join(' '));
    }
  });

  it('prints one command with <command> --help, the whole with --help (exit 0), and the whole on no command (exit 2)', () => {
    const one = runCli(['sheet', '--help', '--lang', 'en']);
    assert.equal(one.status, 0);
    assert.equal(
      one.stdout.trimEnd(),
      helpText(
        'en',
        COMMANDS,
        COMMANDS.find((command) => command.name === 'sheet'),
      ),
    );
    assert.equal(runCli(['--help'], { env: { LANG: 'C' } }).stdout.trimEnd(), helpText('en', COMMANDS));
    assert.equal(runCli([], { env: { LANG: 'fi_FI.UTF-8' } }).status, 2);
  });

  it('a missing required option and a wrong operand count are usage errors (exit 2)', () => {
    assert.equal(runCli(['send-test', 'examples/nova-mail.json']).status, 2);
    assert.equal(runCli(['sheet', 'a.json', 'b.json']).status, 2);
    assert.equal(runCli(['report']).status, 2);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
