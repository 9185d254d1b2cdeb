import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as net from 'node:net';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { ROOT } from '../helpers';

describe('npm start', () => {
  it('says in one line that port 2525 is taken (another npm start?) and exits 2, without a stack trace', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => {
      blocker.once('error', () => resolve()); // already taken: all the better
      blocker.listen(2525, '127.0.0.1', () => resolve());
    });
    try {
      const tsx = path.join(ROOT, 'node_modules', '.bin', 'tsx');
      const result = spawnSync(tsx, [path.join(ROOT, 'scripts', 'start.ts')], {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 60_000,
      });
      assert.equal(result.status, 2, result.stdout + result.stderr);
      assert.match(
        result.stdout,
        /^\[start\] port 2525 is taken: is another npm start \(or npm run smtp-catcher\) running\? Stop it first\.$/m,
      );
      assert.ok(!/\n\s+at /.test(result.stdout + result.stderr), 'no stack trace');
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });
});
