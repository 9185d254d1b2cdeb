/** check-dns on many persons at many domains against a loopback DNS server, and a naive baseline. */
import { promises as dnsPromises } from 'node:dns';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type * as AuthLibrary from '../src/core/deliverability/auth-library';
import { startDnsServer, type Zone } from '../scripts/servers/dns';
import { CLI, core, medianRun, ms, QUICK, results, ROOT, runTimed, table, target, timing } from './context';
import { configText, ensureFile } from './inputs';
import { measureAsync } from './measure';

const { Resolver } = dnsPromises;
const { checkDeliverability } = core;
const RELAY = 'relay.bench.test';
const RELAY_IP = '192.0.2.10';

/**
 * check-dns on a 100-person file spanning 20 domains, against a DNS server on 127.0.0.1. The
 * baseline is what a script would do with the same library: mailauth's SPF and DMARC for each
 * address in turn, every lookup asked anew.
 */
export async function deliverability(): Promise<void> {
  const runs = QUICK ? 1 : 5;
  console.log(
    `\n## Deliverability: check-dns, 100 persons at 20 domains (SPF, DMARC, MX), loopback DNS (median of ${runs})\n`,
  );
  const domains = Array.from({ length: 20 }, (_, i) => `asiakas${i}.test`);
  const zone: Zone = { [RELAY]: { A: [RELAY_IP] } };
  domains.forEach((domain, i) => {
    // Half receive at Exchange Online (direct-send), the rest at a mail host of their own: every
    // domain costs an MX question too (issue 26).
    zone[domain] = {
      TXT: [i % 4 === 0 ? 'v=spf1 -all' : `v=spf1 include:_spf.${domain} ~all`],
      MX: [i % 2 ? `0 asiakas${i}-test.mail.protection.outlook.com` : `10 mx.${domain}`],
    };
    zone[`_spf.${domain}`] = {
      TXT: [i % 2 ? 'v=spf1 ip4:192.0.2.0/24 -all' : 'v=spf1 ip4:198.51.100.0/24 -all'],
    };
    if (i % 3) zone[`_dmarc.${domain}`] = { TXT: [`v=DMARC1; p=${i % 2 ? 'reject' : 'none'}`] };
  });
  const addresses = Array.from({ length: 100 }, (_, i) => `henkilo.${i}@${domains[i % 20]}`);
  const file = ensureFile('dns-100-persons.nova-mail.json', () =>
    configText(addresses.length, 'Asiakkaat Oy', (index) => addresses[index]),
  );
  const dns = await startDnsServer(zone);
  try {
    const cli = await medianRun(
      process.execPath,
      [CLI, 'check-dns', '--relay', RELAY, '--dns-server', dns.address, file],
      runs,
    );
    // One more run, alone, to count what it asked.
    const before = dns.queries.length;
    await runTimed(process.execPath, [CLI, 'check-dns', '--relay', RELAY, '--dns-server', dns.address, file]);
    const asked = dns.queries.slice(before);
    const mostPerName = Math.max(...asked.map((query) => asked.filter((other) => other === query).length));
    const inProcess = await measureAsync(
      () => checkDeliverability([fs.readFileSync(file, 'utf8')], { relay: RELAY, server: dns.address }),
      timing(false),
    );
    // The same production bundle of mailauth that check-dns loads.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { spf, dmarc } = require(path.join(ROOT, 'dist', 'mailauth.js')) as typeof AuthLibrary;
    const resolver = new Resolver({ timeout: 5000, tries: 1 });
    resolver.setServers([dns.address]);
    const resolve = (name: string, type: string) => resolver.resolve(name, type) as Promise<never[]>;
    const naiveOnce = async () => {
      for (const address of addresses) {
        await spf({ sender: address, ip: RELAY_IP, helo: RELAY, mta: 'bench', resolver: resolve });
        await dmarc({ headerFrom: address, spfDomains: [], dkimDomains: [], resolver: resolve });
      }
    };
    const naiveBefore = dns.queries.length;
    await naiveOnce();
    const naiveQuestions = dns.queries.length - naiveBefore;
    const naive = await measureAsync(naiveOnce, timing(false));
    const bundleKb = fs.statSync(path.join(ROOT, 'dist', 'mailauth.js')).size / 1024;
    table([
      ['', 'wall', 'peak RSS', 'DNS questions', 'most asks of one name'],
      [
        `nova-mail check-dns (CLI, exit ${cli.status})`,
        `${ms(cli.wallMs)} ms`,
        `${cli.peakRssMb.toFixed(0)} MB`,
        String(asked.length),
        String(mostPerName),
      ],
      ['checkDeliverability in process', `${ms(inProcess.medianMs)} ms`, '', '', ''],
      [
        'baseline: mailauth spf + dmarc per address, no cache',
        `${ms(naive.medianMs)} ms`,
        '',
        String(naiveQuestions),
        '',
      ],
    ]);
    console.log(
      `\nin process ${(naive.medianMs / inProcess.medianMs).toFixed(1)}× faster than the baseline on loopback DNS, with ${(naiveQuestions / asked.length).toFixed(1)}× fewer questions (what counts against a real resolver); dist/mailauth.js (loaded only for a check): ${bundleKb.toFixed(0)} KB`,
    );
    target('check-dns, 100 persons at 20 domains: under 1 s wall', `${ms(cli.wallMs)} ms`, cli.wallMs < 1000);
    target('check-dns asks each name once', `at most ${mostPerName}× per name`, mostPerName === 1);
    results.deliverability = {
      cliWallMs: cli.wallMs,
      cliPeakRssMb: cli.peakRssMb,
      inProcessMs: inProcess.medianMs,
      baselineMs: naive.medianMs,
      baselineQuestions: naiveQuestions,
      questions: asked.length,
      mostAsksOfOneName: mostPerName,
      mailauthBundleBytes: bundleKb * 1024,
    };
  } finally {
    await dns.close();
  }
}
