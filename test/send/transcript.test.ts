import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { parseServer } from '../../src/core/send';
import { Transcript } from '../../src/core/send/transcript';

describe('transcript', () => {
  it('masks the whole AUTH exchange', () => {
    const transcript = new Transcript();
    const log = transcript.logger;
    log.debug({ tnx: 'server' }, '250-AUTH PLAIN LOGIN');
    log.debug({ tnx: 'client' }, 'AUTH PLAIN AHRlcHBvLnVzZXIAKiogc2VjcmV0ICoq'); // nodemailer's own masking keeps the user
    log.debug({ tnx: 'server' }, '235 Authentication successful');
    log.debug({ tnx: 'client' }, 'AUTH LOGIN');
    log.debug({ tnx: 'server' }, '334 VXNlcm5hbWU6');
    log.debug({ tnx: 'client' }, Buffer.from('teppo.user').toString('base64'));
    log.debug({ tnx: 'server' }, '334 UGFzc3dvcmQ6');
    log.debug({ tnx: 'client' }, '/* secret */');
    log.debug({ tnx: 'server' }, '535 nope');
    log.debug({ tnx: 'client' }, 'MAIL FROM:<a@b.fi>');
    const text = transcript.lines.join('\n');
    assert.ok(!text.includes('AHRlcHBv') && !text.includes(Buffer.from('teppo.user').toString('base64')));
    assert.deepEqual(
      transcript.lines.map((line) => line.replace(/^\S+ /, '')),
      [
        'S: 250-AUTH PLAIN LOGIN',
        'C: AUTH PLAIN <redacted>',
        'S: 235 Authentication successful',
        'C: AUTH LOGIN',
        'S: 334 VXNlcm5hbWU6',
        'C: <redacted>',
        'S: 334 UGFzc3dvcmQ6',
        'C: <redacted>',
        'S: 535 nope',
        'C: MAIL FROM:<a@b.fi>',
      ],
    );
  });

  it('parses server overrides', () => {
    assert.deepEqual(parseServer('localhost:2525'), { host: 'localhost', port: 2525 });
    assert.deepEqual(parseServer('mail.example.test'), { host: 'mail.example.test', port: undefined });
    assert.deepEqual(parseServer('[::1]:25'), { host: '::1', port: 25 });
    for (const bad of ['', 'a b', 'host:0', 'host:70000', 'http://x', 'a:b:c'])
      assert.equal(parseServer(bad), undefined, bad);
  });
});
