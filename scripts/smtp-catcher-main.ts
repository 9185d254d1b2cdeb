/**
 * The SMTP catcher alone, printing every message it receives (a file of its own, so that importing
 * the catcher, as the bundled tests do, never starts one on port 2525).
 *
 *   tsx scripts/smtp-catcher-main.ts [--port 2525]     (npm run smtp-catcher)
 */
import { parseArgs } from 'node:util';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startDevCatcher } from './dev-catcher';
import { describeMessage } from './smtp-catcher';

const { values } = parseArgs({ options: { port: { type: 'string', default: '2525' } } });
startDevCatcher({ port: Number(values.port), onReceived: (m) => console.log(describeMessage(m)) }).then(
  ({ catcher, ca }) => {
    const caFile = path.join(os.tmpdir(), `nova-mail-catcher-ca-${catcher.port}.pem`);
    fs.writeFileSync(caFile, ca);
    console.log(
      `SMTP catcher on 127.0.0.1:${catcher.port}; its certificate (for --ca-file): ${caFile}. Ctrl-C stops it.`,
    );
  },
  (error: unknown) => {
    console.error(`SMTP catcher could not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
