/** Small things the own-server review found in the command line's words (issue 25, item 18). */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { describeFsProblem } from '../../src/core';
import { hostAndPort } from '../../src/core/send';
import { runCli } from './run-cli';

describe('usage and wording regressions', () => {
  it('a switch given a value (--fix=false) is told it takes none, not that it needs one', () => {
    const result = runCli(['lint', '--fix=false', 'examples']);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /Option --fix takes no value/);
  });

  it('--help helps wherever it stands, even before an option that wants a value', () => {
    const result = runCli(['send-test', '--help', '--to']);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /send-test/);
  });

  it('shows what was typed escaped in a usage error, a line feed too (regression: a raw line break)', () => {
    for (const args of [
      ['lint', '--format', '\u001b[31mX\u0007\r\nY', 'examples'],
      ['bad\ncmd'],
      ['lint', '--lang', 'f\ni', 'examples'],
    ]) {
      const result = runCli(args);
      assert.equal(result.status, 2);
      const lines = result.stderr.trimEnd().split('\n');
      assert.equal(lines.length, 2, result.stderr);
      assert.match(lines[1], /^Run "nova-mail --help" for usage\.$/);
      // eslint-disable-next-line no-control-regex
      assert.ok(!/[\u0000-\u001f]/.test(lines[0]), lines[0]);
    }
    assert.match(runCli(['bad\ncmd']).stderr, /^Unknown command "bad\\ncmd"\./);
  });

  it('a repeated --to is refused instead of silently keeping the last', () => {
    const result = runCli([
      'send-test',
      'examples/laskutus.nova-mail.json',
      '--to',
      'a@b.fi',
      '--to',
      'c@d.fi',
    ]);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /Option --to is given more than once/);
  });

  it('a size just over the limit is not "8.0 MB; the limit is 8.0 MB"', () => {
    const limit = 8 * 1048576;
    assert.equal(
      describeFsProblem('too-large', 'en', Math.round(8.01 * 1048576), limit),
      'too large (8.01 MB; the limit is 8.00 MB)',
    );
    assert.equal(
      describeFsProblem('too-large', 'en', 50 * 1048576, limit),
      'too large (50.0 MB; the limit is 8.0 MB)',
    );
    // With a decimal comma in Finnish (a helper read "8.6 Mt").
    assert.equal(
      describeFsProblem('too-large', 'fi', Math.round(8.01 * 1048576), limit),
      'liian suuri (8,01 Mt; raja on 8,00 Mt)',
    );
  });

  it('an IPv6 server is written back in brackets: [::1]:1, not ::1:1', () => {
    assert.equal(hostAndPort({ host: '::1', port: 1 }), '[::1]:1');
    assert.equal(hostAndPort({ host: 'smtp.example.fi', port: 587 }), 'smtp.example.fi:587');
  });
});
