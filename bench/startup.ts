/** The activation bundle: its size, what it loads, and the time to load and activate it. */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ms, results, ROOT, sizes, table, target } from './context';
import { median } from './measure';

export function activation(): void {
  console.log(
    `\n## The activation bundle (production build; fresh process per load, median of ${sizes.activationRuns})\n`,
  );
  const bundle = path.join(ROOT, 'dist', 'extension.js');
  const source = fs.readFileSync(bundle, 'utf8');
  const sizeKb = source.length / 1024;
  const coreKb = fs.statSync(path.join(ROOT, 'dist', 'core.js')).size / 1024;
  // Strings of nodemailer's own code (our send path only calls it by name).
  const nodemailerInside = /EREQUIRETLS|Creating transport/.test(source);
  const probes: {
    loadMs: number;
    activateMs: number;
    nodemailerLoaded: boolean;
    mailauthLoaded: boolean;
    coreLoaded: boolean;
    desktopCommandsLoaded: boolean;
  }[] = [];
  for (let i = 0; i < sizes.activationRuns; i++) {
    probes.push(
      JSON.parse(
        execFileSync(process.execPath, [path.join(__dirname, 'activation', 'probe.js'), bundle], {
          encoding: 'utf8',
        }),
      ),
    );
  }
  const load = median(probes.map((p) => p.loadMs));
  const activate = median(probes.map((p) => p.activateMs));
  const total = median(probes.map((p) => p.loadMs + p.activateMs));
  const loadedAtActivation =
    [
      probes.some((p) => p.coreLoaded) && 'dist/core.js',
      probes.some((p) => p.nodemailerLoaded) && 'nodemailer',
      probes.some((p) => p.mailauthLoaded) && 'mailauth',
      probes.some((p) => p.desktopCommandsLoaded) && 'dist/extension-commands.js',
    ]
      .filter(Boolean)
      .join(', ') || 'none of them';
  table([
    [
      'dist/extension.js',
      'dist/core.js (first check)',
      'core, nodemailer, mailauth or the desktop commands loaded at activation',
      'require',
      'activate()',
      'load + activate',
    ],
    [
      `${sizeKb.toFixed(1)} KB`,
      `${coreKb.toFixed(1)} KB`,
      loadedAtActivation,
      `${ms(load)} ms`,
      `${ms(activate)} ms`,
      `${ms(total)} ms`,
    ],
  ]);
  console.log(
    `\n(dist/nodemailer.js, loaded on the first send: ${(fs.statSync(path.join(ROOT, 'dist', 'nodemailer.js')).size / 1024).toFixed(0)} KB)`,
  );
  target(
    'dist/extension.js ≤ 150 KB minified, without nodemailer',
    `${sizeKb.toFixed(1)} KB, nodemailer ${nodemailerInside ? 'inside' : 'not inside'}`,
    sizeKb <= 150 && !nodemailerInside,
  );
  target(
    'activation loads none of the core, nodemailer, mailauth and the desktop commands',
    loadedAtActivation,
    loadedAtActivation === 'none of them',
  );
  target('load + activate < 15 ms', `${ms(total)} ms`, total < 15);
  // The browser's one file (vscode.dev, github.dev): the extension with the pure core bundled in.
  const webKb = fs.statSync(path.join(ROOT, 'dist', 'web', 'extension.js')).size / 1024;
  console.log(
    `\n(dist/web/extension.js, the browser entry with the pure core inside: ${webKb.toFixed(0)} KB)`,
  );
  target('dist/web/extension.js ≤ 200 KB minified', `${webKb.toFixed(1)} KB`, webKb <= 200);
  results.activation = {
    bundleBytes: source.length,
    coreBytes: coreKb * 1024,
    loadedAtActivation,
    loadMs: load,
    activateMs: activate,
    totalMs: total,
    webBundleBytes: webKb * 1024,
  };
}
