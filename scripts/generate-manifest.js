// @ts-check
// Writes the parts of the manifest and the docs that come from the rule list, so they are never
// copied by hand: the novaMail.rules setting (one property per rule a user can set in the editor),
// each rule's description in package.nls.json / package.nls.fi.json, and the rule tables of
// README.md and docs/contract.md (between <!-- generated:rules:… --> markers). Run by esbuild.js on every build;
// `node scripts/generate-manifest.js --check` exits 1 when a committed file is stale.
const fs = require('fs');
const path = require('path');
const Module = require('module');
const esbuild = require('esbuild');

const ROOT = path.resolve(__dirname, '..');
const SEVERITIES = ['error', 'warning', 'info', 'hint', 'off'];

/** A TypeScript module's exports, compiled in memory with esbuild (its imports bundled in). */
function loadTs(/** @type {string} */ relative) {
  const { outputFiles } = esbuild.buildSync({
    entryPoints: [path.join(ROOT, relative)],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    // jsonc-parser's UMD main requires its parts at run time: its ES module bundles whole.
    mainFields: ['module', 'main'],
    write: false,
    logLevel: 'silent',
  });
  const module = /** @type {Module & { _compile(code: string, file: string): void }} */ (
    new Module(relative)
  );
  module._compile(outputFiles[0].text, path.join(ROOT, relative.replace(/\.ts$/, '.js')));
  return module.exports;
}

/** The core's rule list, compiled from the TypeScript source in memory. */
/** @typedef {{ id: string; defaultSeverity: string; fixable: boolean; description: Record<string, string> }} RuleInfo */
/** @returns {{ ALL_RULES: RuleInfo[]; CONFIGURABLE_RULE_IDS: string[]; DNS_RULE_IDS: string[] }} */
function loadRules() {
  const { ALL_RULES, CONFIGURABLE_RULE_IDS, DNS_RULES } = loadTs('src/core/all-rules.ts');
  return {
    ALL_RULES,
    CONFIGURABLE_RULE_IDS,
    DNS_RULE_IDS: DNS_RULES.map((/** @type {RuleInfo} */ r) => r.id),
  };
}

/**
 * A Markdown table of rules, kept out of Prettier's reach (its column alignment would change with
 * every new rule); `docs` is the path from the document to docs/rules/.
 */
function rulesTable(/** @type {RuleInfo[]} */ rules, /** @type {string} */ docs) {
  const rows = rules.map(
    (rule) =>
      `| [\`${rule.id}\`](${docs}${rule.id}.md) | ${rule.defaultSeverity} | ${rule.fixable ? 'yes' : '—'} | ${rule.description.en} |`,
  );
  return [
    '<!-- prettier-ignore-start -->',
    '| Rule | Default | Fix | What |',
    '| --- | --- | --- | --- |',
    ...rows,
    '<!-- prettier-ignore-end -->',
  ].join('\n');
}

/** The text with each generated region (<!-- generated:NAME … --> … <!-- generated:end -->) made anew. */
function withRegions(/** @type {string} */ text, /** @type {Record<string, string>} */ regions) {
  return text.replace(
    /(<!-- generated:([\w:]+)[^>]*-->\n)[\s\S]*?(<!-- generated:end -->)/g,
    (whole, open, name, close) => (name in regions ? `${open}${regions[name]}\n${close}` : whole),
  );
}

function manifestFiles() {
  const { ALL_RULES, CONFIGURABLE_RULE_IDS, DNS_RULE_IDS } = loadRules();
  const read = (/** @type {string} */ name) => fs.readFileSync(path.join(ROOT, name), 'utf8');
  const pkg = JSON.parse(read('package.json'));
  // Our file names in any letter case (the JSON language service's globs know [nN] classes).
  const anyCase = (/** @type {string} */ name) =>
    name.replace(/[a-z]/gi, (c) => `[${c.toLowerCase()}${c.toUpperCase()}]`);
  pkg.contributes.jsonValidation = [
    {
      fileMatch: [anyCase('nova-mail.json'), `*.${anyCase('nova-mail.json')}`],
      url: './schemas/nova-mail.schema.json',
    },
  ];
  // Every setting from the one descriptor; descriptions go to the nls files as config.<name>.
  /** @type {{ key: string; schema: Record<string, unknown>; description: Record<string, string>; enumDescriptions?: Record<string, string>[]; readme: string }[]} */
  const settings = loadTs('src/extension/settings/settings-descriptor.ts').SETTINGS;
  const nlsKey = (/** @type {string} */ key) => `config.${key.replace(/^novaMail\./, '')}`;
  pkg.contributes.configuration.properties = Object.fromEntries(
    settings.map((setting) => [
      setting.key,
      {
        ...setting.schema,
        ...(setting.enumDescriptions
          ? { enumDescriptions: setting.enumDescriptions.map((_, i) => `%${nlsKey(setting.key)}.${i}%`) }
          : {}),
        markdownDescription: `%${nlsKey(setting.key)}%`,
      },
    ]),
  );
  pkg.capabilities.untrustedWorkspaces.restrictedConfigurations = settings
    .filter((setting) => setting.schema.restricted)
    .map((setting) => setting.key);
  const rules = pkg.contributes.configuration.properties['novaMail.rules'];
  rules.properties = Object.fromEntries(
    CONFIGURABLE_RULE_IDS.map((/** @type {string} */ id) => [
      id,
      { type: 'string', enum: SEVERITIES, markdownDescription: `%rule.${id}%` },
    ]),
  );
  /** @type {Record<string, string>} */
  const files = { 'package.json': JSON.stringify(pkg, null, 2) + '\n' };
  for (const [name, lang] of [
    ['package.nls.json', 'en'],
    ['package.nls.fi.json', 'fi'],
  ]) {
    const nls = JSON.parse(read(name));
    for (const key of Object.keys(nls))
      if (key.startsWith('rule.') || key.startsWith('config.')) delete nls[key];
    for (const rule of ALL_RULES) nls[`rule.${rule.id}`] = rule.description[lang];
    for (const setting of settings) {
      nls[nlsKey(setting.key)] = setting.description[lang];
      setting.enumDescriptions?.forEach((words, i) => (nls[`${nlsKey(setting.key)}.${i}`] = words[lang]));
    }
    files[name] = JSON.stringify(nls, null, 2) + '\n';
  }
  const lintRules = ALL_RULES.filter((rule) => !DNS_RULE_IDS.includes(rule.id));
  const dnsRules = ALL_RULES.filter((rule) => DNS_RULE_IDS.includes(rule.id));
  files['README.md'] = withRegions(read('README.md'), {
    'rules:lint': rulesTable(lintRules, 'docs/rules/'),
    'rules:dns': rulesTable(dnsRules, 'docs/rules/'),
    settings: [
      '<!-- prettier-ignore-start -->',
      '| Setting | Default | What it does |',
      '| --- | --- | --- |',
      ...settings.map(
        (setting) =>
          `| \`${setting.key}\` | \`${JSON.stringify(setting.schema.default)}\` | ${setting.readme} |`,
      ),
      '<!-- prettier-ignore-end -->',
    ].join('\n'),
  });
  files['README.md'] = withRegions(files['README.md'], { 'cli:synopsis': cliSynopsis() });
  files['docs/contract.md'] = withRegions(read('docs/contract.md'), {
    'rules:all': rulesTable(ALL_RULES, 'rules/'),
  });
  files['docs/own-server.md'] = withRegions(read('docs/own-server.md'), { 'replies:smtp': repliesTable() });
  for (const rule of ALL_RULES) {
    const page = `docs/rules/${rule.id}.md`;
    files[page] = withRuleHeader(read(page), rule);
  }
  files['docs/deliverability.md'] = withRegions(read('docs/deliverability.md'), {
    'scanning:services': scanningTable(),
  });
  return files;
}

/**
 * The page with its header line written from the rule: replaced where it is, or put under the
 * page's title (`# \`id\``) on a new page that has none yet.
 */
function withRuleHeader(/** @type {string} */ text, /** @type {RuleInfo & { profiles?: string[] }} */ rule) {
  const header = /^\*\*Default severity:\*\*.*$/m;
  if (header.test(text)) return text.replace(header, (line) => ruleHeader(rule, line));
  return text.replace(/^(# .*\n)\n?/, (title) => `${title.trimEnd()}\n\n${ruleHeader(rule, '')}\n\n`);
}

/**
 * A rule page's header line, from the rule: its default severity, whether it fixes (with the page's
 * own words on when, in parentheses, kept) and the profiles it checks.
 */
function ruleHeader(/** @type {RuleInfo & { profiles?: string[] }} */ rule, /** @type {string} */ line) {
  const when = /\*\*Fix:\*\* yes( \([^)]*\))/.exec(line)?.[1] ?? '';
  const profiles = rule.profiles ? ` · **Profile:** ${rule.profiles.map((p) => `\`${p}\``).join(', ')}` : '';
  return `**Default severity:** ${rule.defaultSeverity} · **Fix:** ${rule.fixable ? `yes${when}` : 'no'}${profiles}`;
}

/** The command line's synopsis, from the command table (src/cli/commands.ts), as `--help` prints it. */
function cliSynopsis() {
  const { COMMANDS } = loadTs('src/cli/commands.ts');
  const { synopsisLines } = loadTs('src/cli/help.ts');
  // Blank lines around the fence, as Prettier writes a fenced block beside a comment.
  return ['', '```sh', ...synopsisLines('en', COMMANDS), '```', ''].join('\n');
}

/** The invoice-scanning services and their rules (src/core/deliverability/scanning/services.ts). */
function scanningTable() {
  const { SCANNING_SERVICES } = loadTs('src/core/deliverability/scanning/services.ts');
  const mb = (/** @type {number | undefined} */ bytes) =>
    bytes === undefined ? '—' : `${bytes / 1024 / 1024} MB`;
  /** @typedef {{ dmarcPass?: { since: string }; pdfOnly: { otherFiles: boolean }; pdf: { minVersion?: string; unlocked: boolean }; maxFileBytes?: number; maxMessageBytes?: number; maxFiles?: number; oneInvoicePerMessage?: boolean; uniqueNames?: boolean; fileName?: { says: { en: string } } }} Rules */
  const rows = SCANNING_SERVICES.map(
    (
      /** @type {{ name: string; domains: string[]; rules: Rules; sources: string[]; read: string }} */ service,
    ) => {
      const { rules } = service;
      const pdf = [
        rules.pdf.minVersion ? `PDF ${rules.pdf.minVersion}+` : 'PDF',
        rules.pdf.unlocked ? 'not locked' : '',
        rules.pdfOnly.otherFiles ? 'other files may ride along' : 'PDF only',
      ]
        .filter(Boolean)
        .join(', ');
      const names = [
        rules.fileName ? rules.fileName.says.en : '',
        rules.uniqueNames ? 'each its own name' : '',
      ]
        .filter(Boolean)
        .join('; ');
      return `| ${service.name} | ${service.domains.length ? service.domains.map((d) => `\`…@${d}\``).join(', ') : '`--scanning-service` only'} | ${rules.dmarcPass ? `since ${rules.dmarcPass.since}` : '—'} | ${pdf} | ${mb(rules.maxFileBytes)} | ${mb(rules.maxMessageBytes)} | ${rules.oneInvoicePerMessage ? '1 invoice' : (rules.maxFiles ?? '—')} | ${names || '—'} | ${service.sources.map((url, i) => `[${i + 1}](${url})`).join(' ')} (read ${service.read}) |`;
    },
  );
  return [
    '<!-- prettier-ignore-start -->',
    '| Service | Address | SPF/DKIM/DMARC must pass | Files | Per file | Per message | Files per message | Names | Source |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    '<!-- prettier-ignore-end -->',
  ].join('\n');
}

/** The table of SMTP replies nova-mail explains (src/core/send/smtp-replies.ts), in both languages. */
function repliesTable() {
  const { REPLY_ROWS } = loadTs('src/core/send/smtp-replies.ts');
  const { REPLY_MESSAGES } = loadTs('src/core/send/reply-messages.ts');
  // {password} and {caFile} name the front end's controls: the table names both.
  const cell = (/** @type {string} */ text) =>
    text
      .replace(/\{password\}/g, 'the saved password, or NOVA_MAIL_SMTP_PASSWORD')
      .replace(/\{caFile\}/g, 'novaMail.testSend.caFile, --ca-file')
      .replace(/\|/g, '\\|');
  /** @param {{ stages?: string[]; profile?: string; providers?: string[]; ssl?: boolean }} row */
  const when = (row) =>
    [
      row.stages ? `at ${row.stages.join(', ')}` : '',
      row.profile === 'ownServer' ? 'own server' : '',
      row.providers ? row.providers.join(', ') : '',
      row.ssl === undefined ? '' : `SSL ${row.ssl ? 'on' : 'off'}`,
    ]
      .filter(Boolean)
      .join('; ') || 'always';
  const rows = REPLY_ROWS.map(
    (
      /** @type {{ id: string; status?: string; code?: number; text?: RegExp; login?: true; stages?: string[]; profile?: string; providers?: string[]; ssl?: boolean }} */ row,
    ) =>
      `| ${[row.code, row.status].filter(Boolean).join(' ') || '—'}${row.text ? ` (${cell(row.text.source.replace(/\\b/g, ''))})` : ''} | ${when(row)} | ${row.login ? 'login refused' : 'refused'} | ${cell(REPLY_MESSAGES[row.id].en)} | ${cell(REPLY_MESSAGES[row.id].fi)} |`,
  );
  return [
    '<!-- prettier-ignore-start -->',
    '| Reply | When | Kind | What it means, and what to do | Suomeksi |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '<!-- prettier-ignore-end -->',
  ].join('\n');
}

/** Writes the files that changed; returns their names. */
function generateManifest({ check = false } = {}) {
  const stale = [];
  for (const [name, text] of Object.entries(manifestFiles())) {
    const file = path.join(ROOT, name);
    if (fs.readFileSync(file, 'utf8') === text) continue;
    stale.push(name);
    if (!check) fs.writeFileSync(file, text);
  }
  return stale;
}

module.exports = { generateManifest, manifestFiles, withRuleHeader };

if (require.main === module) {
  const check = process.argv.includes('--check');
  const stale = generateManifest({ check });
  if (check && stale.length > 0) {
    console.error(`stale, run "npm run build": ${stale.join(', ')}`);
    process.exit(1);
  }
  if (!check && stale.length > 0) console.log(`updated ${stale.join(', ')}`);
}
