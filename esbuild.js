// @ts-check
// Bundles dist/extension.js (vscode external; it loads dist/core.js on its first check),
// dist/cli.js (with a node shebang; dist/cli-commands.js for the commands other than lint), dist/nodemailer.js (loaded only to send), dist/mailauth.js
// (loaded only for a deliverability check) and dist/xlsx.js (loaded only to write a workbook), after generating what comes from the schema and the
// rule list (the standalone validator, the manifest's rule settings).
//   node esbuild.js               development build with source maps
//   node esbuild.js --production  minified, no source maps (what the .vsix ships)
//   node esbuild.js --watch       rebuild on change, the generated parts included
const fs = require('fs');
const path = require('path');
const esbuild = require('esbuild');
const { generateValidator, SCHEMA } = require('./scripts/generate-validator');
const { generateManifest } = require('./scripts/generate-manifest');
const { writeThirdPartyNotices } = require('./scripts/third-party-notices');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/**
 * fdir's ES module build finds its optional picomatch through createRequire(import.meta.url),
 * which is undefined in a CommonJS bundle: use its CommonJS build.
 */
/** @type {import('esbuild').Plugin} */
const fdirCommonJs = {
  name: 'fdir-commonjs',
  setup(build) {
    build.onResolve({ filter: /^fdir$/ }, () => ({ path: require.resolve('fdir') }));
  },
};

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  // jsonc-parser and friends ship a UMD "main" that esbuild cannot follow; prefer their ES modules.
  mainFields: ['module', 'main'],
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
  metafile: true,
};

const SMTP_LIBRARY = path.resolve(__dirname, 'src/core/send/smtp-library.ts');
const AUTH_LIBRARY = path.resolve(__dirname, 'src/core/deliverability/auth-library.ts');
const XLSX_LIBRARY = path.resolve(__dirname, 'src/core/xlsx/xlsx-library.ts');

/**
 * nodemailer goes into dist/nodemailer.js of its own, which the extension and the CLI require only
 * when a message is sent or a server checked: it stays off the activation path.
 */
/** @type {import('esbuild').Plugin} */
const smtpLibraryInItsOwnFile = {
  name: 'smtp-library-in-its-own-file',
  setup(build) {
    build.onResolve({ filter: /\/smtp-library$/ }, () => ({ path: './nodemailer.js', external: true }));
  },
};

/** Likewise mailauth goes into dist/mailauth.js, loaded only when a deliverability check runs. */
/** @type {import('esbuild').Plugin} */
const authLibraryInItsOwnFile = {
  name: 'auth-library-in-its-own-file',
  setup(build) {
    build.onResolve({ filter: /\/auth-library$/ }, () => ({ path: './mailauth.js', external: true }));
  },
};

/**
 * Likewise write-excel-file goes into dist/xlsx.js, loaded only when a report is written as a
 * workbook: 107 KB that every other run of the CLI (and the extension's first check) does not read.
 */
/** @type {import('esbuild').Plugin} */
const xlsxLibraryInItsOwnFile = {
  name: 'xlsx-library-in-its-own-file',
  setup(build) {
    build.onResolve({ filter: /\/xlsx-library$/ }, () => ({ path: './xlsx.js', external: true }));
  },
};

/**
 * The CLI's commands other than lint run from dist/cli-commands.js, which dist/cli.js requires
 * only when one of them runs or the help is asked for (src/cli/elsewhere.ts): lint starts
 * without them, their words and the help's (295 -> 178 -> 160 KB).
 */
/** @type {import('esbuild').Plugin} */
const otherCommandsInTheirOwnFile = {
  name: 'other-commands-in-their-own-file',
  setup(build) {
    build.onResolve({ filter: /^\.\/run-elsewhere$/ }, () => ({ path: './cli-commands.js', external: true }));
  },
};

/**
 * The desktop's commands that send, ask DNS or keep passwords run from dist/extension-commands.js,
 * which dist/extension.js requires on their first use (src/extension/commands/lazy-desktop.ts).
 */
/** @type {import('esbuild').Plugin} */
const desktopCommandsInTheirOwnFile = {
  name: 'desktop-commands-in-their-own-file',
  setup(build) {
    build.onResolve({ filter: /^\.\/desktop-commands$/ }, (args) =>
      args.importer.endsWith(path.join('src', 'extension', 'commands', 'lazy-desktop.ts'))
        ? { path: './extension-commands.js', external: true }
        : undefined,
    );
  },
};

/**
 * In dist/cli.js our own modules count as having no side effects (they have none at load but
 * building their constants): a module none of whose exports lint uses is left out. Without it the
 * core's index kept the send, DNS and received-mail code that lint never runs (42 KB more).
 * Scoped to this build: in a test bundle a bare `import './x.test'` is all there is.
 */
/** @type {import('esbuild').Plugin} */
const ownModulesWithoutSideEffects = {
  name: 'own-modules-without-side-effects',
  setup(build) {
    const src = path.join(__dirname, 'src') + path.sep;
    build.onResolve({ filter: /^\.\.?\// }, async (args) => {
      if (args.pluginData === 'resolving') return undefined;
      const {
        path: resolved,
        errors,
        external,
      } = await build.resolve(args.path, {
        importer: args.importer,
        resolveDir: args.resolveDir,
        kind: args.kind,
        pluginData: 'resolving',
      });
      if (errors.length > 0 || external || !resolved.startsWith(src)) return undefined;
      return { path: resolved, sideEffects: false };
    });
  },
};

/**
 * The extension's lazy loader requires '../core': in the extension's bundle that is dist/core.js,
 * built of its own, so activating (which happens for any JSON file) does not load the core.
 */
/** @type {import('esbuild').Plugin} */
const coreInItsOwnFile = {
  name: 'core-in-its-own-file',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/core$/ }, (args) =>
      args.importer.endsWith(path.join('src', 'extension', 'core.ts'))
        ? { path: './core.js', external: true }
        : undefined,
    );
  },
};

/**
 * In the browser's bundle the lazy loader's '../core' is the pure core (src/core/browser.ts),
 * bundled in: a web worker extension is one file. A Node built-in reached from it fails the build.
 */
/** @type {import('esbuild').Plugin} */
const pureCoreBundledIn = {
  name: 'pure-core-bundled-in',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/core$/ }, (args) =>
      args.importer.endsWith(path.join('src', 'extension', 'core.ts'))
        ? { path: path.resolve(__dirname, 'src', 'core', 'browser.ts') }
        : undefined,
    );
  },
};

/**
 * `import * as vscode from 'vscode'` makes esbuild copy the API's few hundred names into a fresh
 * namespace object in every module that imports it (its CommonJS interop). Through this one module
 * the copy is made once: activation's load measured 17 ms with a copy per module, 5 ms with one.
 */
/** @type {import('esbuild').Plugin} */
const vscodeNamespaceOnce = {
  name: 'vscode-namespace-once',
  setup(build) {
    build.onResolve({ filter: /^vscode$/ }, (args) =>
      args.namespace === 'vscode-once'
        ? { path: 'vscode', external: true }
        : { path: 'vscode', namespace: 'vscode-once' },
    );
    build.onLoad({ filter: /.*/, namespace: 'vscode-once' }, () => ({
      contents: "export * from 'vscode';",
      loader: 'js',
    }));
  },
};

/** In watch mode: a change of the rule list (any rebuild) regenerates the manifest's rule settings. */
/** @type {import('esbuild').Plugin} */
const regenerateManifest = {
  name: 'regenerate-manifest',
  setup(build) {
    build.onStart(() => {
      const updated = generateManifest();
      if (updated.length > 0) console.log(`[generate] updated ${updated.join(', ')}`);
    });
  },
};

/** @type {import('esbuild').BuildOptions[]} */
const builds = [
  {
    ...common,
    entryPoints: { extension: 'src/extension/extension.ts' },
    outdir: 'dist',
    external: ['vscode'],
    plugins: [
      vscodeNamespaceOnce,
      coreInItsOwnFile,
      desktopCommandsInTheirOwnFile,
      smtpLibraryInItsOwnFile,
      authLibraryInItsOwnFile,
      xlsxLibraryInItsOwnFile,
      ...(watch ? [regenerateManifest] : []),
    ],
  },
  {
    ...common,
    entryPoints: { 'extension-commands': 'src/extension/commands/desktop-commands.ts' },
    outdir: 'dist',
    external: ['vscode'],
    plugins: [
      vscodeNamespaceOnce,
      coreInItsOwnFile,
      smtpLibraryInItsOwnFile,
      authLibraryInItsOwnFile,
      xlsxLibraryInItsOwnFile,
    ],
  },
  {
    ...common,
    entryPoints: { core: 'src/core/index.ts' },
    outdir: 'dist',
    plugins: [fdirCommonJs, smtpLibraryInItsOwnFile, authLibraryInItsOwnFile, xlsxLibraryInItsOwnFile],
  },
  {
    ...common,
    entryPoints: { cli: 'src/cli/cli.ts' },
    outdir: 'dist',
    banner: { js: '#!/usr/bin/env node' },
    plugins: [fdirCommonJs, otherCommandsInTheirOwnFile, ownModulesWithoutSideEffects],
  },
  {
    ...common,
    entryPoints: { 'cli-commands': 'src/cli/run-elsewhere.ts' },
    outdir: 'dist',
    plugins: [fdirCommonJs, smtpLibraryInItsOwnFile, authLibraryInItsOwnFile, xlsxLibraryInItsOwnFile],
  },
  {
    // The web extension (package.json "browser"): vscode.dev, github.dev, a browser's web worker.
    ...common,
    platform: 'browser',
    target: 'es2022',
    entryPoints: { 'web/extension': 'src/extension/browser.ts' },
    outdir: 'dist',
    external: ['vscode'],
    plugins: [vscodeNamespaceOnce, pureCoreBundledIn],
  },
  { ...common, entryPoints: { nodemailer: SMTP_LIBRARY }, outdir: 'dist' },
  { ...common, entryPoints: { mailauth: AUTH_LIBRARY }, outdir: 'dist' },
  { ...common, entryPoints: { xlsx: XLSX_LIBRARY }, outdir: 'dist' },
];

async function main() {
  generateValidator();
  const updated = generateManifest();
  if (updated.length > 0) console.log(`[generate] updated ${updated.join(', ')}`);
  if (watch) {
    for (const options of builds) await (await esbuild.context(options)).watch();
    // A schema change regenerates the validator, whose file change esbuild then rebuilds from.
    fs.watch(SCHEMA, () => {
      generateValidator();
      console.log('[generate] validator regenerated from the schema');
    });
    console.log('[esbuild] watching for changes');
    return;
  }
  const results = await Promise.all(builds.map((options) => esbuild.build(options)));
  const metafiles = results.flatMap((result) => (result.metafile ? [result.metafile] : []));
  const notices = writeThirdPartyNotices(
    metafiles,
    __dirname,
    path.join(__dirname, 'dist', 'THIRD_PARTY_NOTICES.txt'),
  );
  console.log(`[notices] dist/THIRD_PARTY_NOTICES.txt: ${notices.length} packages`);
  for (const result of results) {
    for (const [file, output] of Object.entries(result.metafile?.outputs ?? {})) {
      if (!file.endsWith('.map')) console.log(`[esbuild] ${file} ${(output.bytes / 1024).toFixed(1)} KB`);
    }
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
