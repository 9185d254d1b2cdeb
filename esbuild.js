// Bundles dist/extension.js (vscode external) and dist/cli.js (with a node shebang).
//   node esbuild.js               development build with source maps
//   node esbuild.js --production  minified, no source maps (what the .vsix ships)
//   node esbuild.js --watch       rebuild on change
const esbuild = require('esbuild');
const { generateValidator } = require('./scripts/generate-validator');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

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

/**
 * nodemailer is bundled into dist/nodemailer.js of its own, which the extension and the CLI
 * require only when a message is sent: it stays off the activation path.
 */
const nodemailerInItsOwnFile = {
  name: 'nodemailer-in-its-own-file',
  setup(build) {
    build.onResolve({ filter: /^nodemailer$/ }, () => ({ path: './nodemailer.js', external: true }));
  },
};

const builds = [
  {
    ...common,
    entryPoints: { extension: 'src/extension/extension.ts' },
    outdir: 'dist',
    external: ['vscode'],
    plugins: [nodemailerInItsOwnFile],
  },
  {
    ...common,
    entryPoints: { cli: 'src/cli/cli.ts' },
    outdir: 'dist',
    banner: { js: '#!/usr/bin/env node' },
    plugins: [nodemailerInItsOwnFile],
  },
  { ...common, entryPoints: { nodemailer: require.resolve('nodemailer') }, outdir: 'dist' },
];

async function main() {
  generateValidator();
  if (watch) {
    for (const options of builds) await (await esbuild.context(options)).watch();
    console.log('[esbuild] watching for changes');
    return;
  }
  const results = await Promise.all(builds.map((options) => esbuild.build(options)));
  for (const result of results) {
    for (const [file, output] of Object.entries(result.metafile.outputs)) {
      if (!file.endsWith('.map')) console.log(`[esbuild] ${file} ${(output.bytes / 1024).toFixed(1)} KB`);
    }
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
