import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { OUT_DIR, ROOT } from '../../scripts/vscode/paths';

/**
 * Bundles every integration suite folder (test/integration/<suite>/) to out/integration/<suite>/,
 * one file per test module, with `vscode` and `mocha` left to the extension host.
 */
export async function buildIntegrationTests(): Promise<void> {
  const sourceDir = path.join(ROOT, 'test', 'integration');
  const entryPoints = fs
    .readdirSync(sourceDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.startsWith(`web${path.sep}`))
    .map((file) => path.join(sourceDir, file));
  fs.rmSync(OUT_DIR, { recursive: true, force: true });
  await esbuild.build({
    entryPoints,
    outbase: sourceDir,
    outdir: OUT_DIR,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    mainFields: ['module', 'main'],
    external: ['vscode', 'mocha'],
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  // The web suite runs in a browser's web worker: one file, mocha's browser build inside, no Node.
  await esbuild.build({
    entryPoints: [path.join(sourceDir, 'web', 'index.ts')],
    outfile: path.join(OUT_DIR, 'web', 'index.js'),
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
    sourcemap: 'inline',
    logLevel: 'warning',
  });
}

// npm run build:tests (the "Extension Tests" launch configuration runs it first).
if (require.main === module) {
  buildIntegrationTests().then(
    () => console.log(`integration suites bundled into ${path.relative(ROOT, OUT_DIR)}`),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
