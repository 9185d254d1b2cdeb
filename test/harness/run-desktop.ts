/**
 * The desktop launcher: the same integration suite in a desktop VS Code downloaded by
 * @vscode/test-electron. For contributors whose machines can reach VS Code's download servers
 * (the project's CI machine cannot; it uses run-browser.ts).
 *
 *   npm run test:desktop
 */
import { runTests } from '@vscode/test-electron';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildIntegrationTests } from './build-tests';
import { OUT_DIR, ROOT } from '../../scripts/vscode/paths';
import { prepareWorkspace } from './workspace';

async function main(): Promise<void> {
  await buildIntegrationTests();
  const workspace = prepareWorkspace(fs.mkdtempSync(path.join(os.tmpdir(), 'nova-mail-ws-')));
  await runTests({
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: path.join(OUT_DIR, 'suite', 'index.js'),
    launchArgs: [workspace, '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
  });
}

main().catch((error: unknown) => {
  console.error(`[desktop] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
