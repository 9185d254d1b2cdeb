/**
 * Issue 26, item 4: a message to an invoice-scanning service, and whether it will take it. The
 * messages are composed at test time by nodemailer, signed and stamped as received (../dns/messages);
 * the PDFs are made by qpdf (Debian's), locked and set to an old version by it, so what is read
 * from them is what a real tool writes.
 */
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { explainMail, explanationMarkdown, type ExplainOptions } from '../../src/core';
import { serviceNamed } from '../../src/core/deliverability/scanning';
import { attachmentFacts, pdfFacts } from '../../src/core/deliverability/scanning/facts';
import { dkimZone, receivedMessage, signingKey, type SigningKey } from '../dns/messages';
import { startDnsServer, type DnsServer } from '../../scripts/servers/dns';
import { RELAY, ROWS, ZONE } from '../dns/zones';
import { runCliAsync } from '../cli/run-cli';

const QPDF = (() => {
  try {
    execFileSync('qpdf', ['--version'], { stdio: 'ignore' });
    return undefined;
  } catch {
    return 'qpdf is not installed (Debian: apt-get install qpdf; npm test installs it)';
  }
})();

/** A one-page PDF, written by hand, then rewritten by qpdf as the options say. */
function pdf(dir: string, name: string, qpdfArgs: string[] = []): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  const input = path.join(dir, `${name}.in.pdf`);
  const output = path.join(dir, name);
  fs.writeFileSync(input, body);
  execFileSync('qpdf', [...qpdfArgs, input, output]);
  return fs.readFileSync(output);
}

describe('explain-mail for an invoice-scanning service (issue 26)', { skip: QPDF }, () => {
  let dns: DnsServer;
  let key: SigningKey;
  let dir: string;
  let good: Buffer;
  let locked: Buffer;
  let old: Buffer;
  before(async () => {
    key = signingKey();
    dns = await startDnsServer({ ...ZONE, ...dkimZone(key, ['pass-a.test']) });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nova-scan-'));
    good = pdf(dir, 'good.pdf');
    locked = pdf(dir, 'locked.pdf', ['--encrypt', 'user', 'owner', '256', '--']);
    old = pdf(dir, 'old.pdf', ['--force-version=1.2']);
  });
  after(async () => {
    await dns.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const options = (more: ExplainOptions = {}): ExplainOptions => ({
    relay: RELAY,
    server: dns.address,
    timeoutMs: 2000,
    ...more,
  });
  const invoice = (
    to: string,
    attachments: { filename: string; content: Buffer; contentType?: string }[],
    from: string = ROWS.passA,
  ) => receivedMessage({ from, key, to, attachments });

  it("reads qpdf's PDFs as they are: version, and locked by qpdf's encryption", () => {
    assert.deepEqual(pdfFacts(good), { version: '1.4', locked: false });
    assert.equal(pdfFacts(locked).locked, true);
    assert.equal(pdfFacts(old).version, '1.2');
  });

  it('Netvisor takes a signed message with one good PDF: every check passes', async () => {
    const message = await invoice('12345678@scan.netvisor.fi', [
      { filename: 'Lasku 1001.pdf', content: good },
    ]);
    const x = await explainMail(message, options());
    assert.equal(x.scanning?.[0]?.service, 'Netvisor');
    assert.equal(x.scanning?.[0]?.address, '12345678@scan.netvisor.fi');
    assert.equal(x.scanning?.[0]?.verdict, 'take');
    assert.deepEqual(
      x.scanning?.[0]?.findings.map((finding) => `${finding.check}:${finding.level}`),
      ['scan-dmarc:ok', 'scan-file-type:ok', 'scan-pdf:ok', 'scan-size:ok'],
    );
    assert.equal(x.ok, true);
  });

  it('Netvisor refuses a locked PDF, an old one, a Word file and names it cannot take, and says each', async () => {
    const message = await invoice('12345678@scan.netvisor.fi', [
      { filename: 'lukittu.pdf', content: locked },
      { filename: 'vanha.pdf', content: old },
      {
        filename: 'lasku.docx',
        content: Buffer.from('PK\x03\x04'),
        contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      },
      { filename: 'Lasku-äö.pdf', content: good },
      { filename: 'LUKITTU.pdf', content: good },
    ]);
    const x = await explainMail(message, options());
    assert.equal(x.scanning?.[0]?.verdict, 'refuse');
    assert.equal(x.ok, false, 'a refused invoice did not arrive');
    const texts = x.scanning[0].findings
      .filter((finding) => finding.level === 'fail')
      .map((finding) => finding.text);
    assert.ok(
      texts.some((text) => /"lukittu\.pdf" is locked or password protected/.test(text)),
      texts.join('\n'),
    );
    assert.ok(
      texts.some((text) => /"vanha\.pdf" is PDF 1\.2: Netvisor reads PDF 1\.3 or later/.test(text)),
      texts.join('\n'),
    );
    assert.ok(
      texts.some((text) => /"lasku\.docx" is not a PDF/.test(text)),
      texts.join('\n'),
    );
    assert.ok(
      texts.some((text) =>
        /"Lasku-äö\.pdf": Netvisor takes file names of a–z, A–Z, 0–9, _ and space only/.test(text),
      ),
      texts.join('\n'),
    );
    assert.ok(
      texts.some((text) => /2 files are called "lukittu\.pdf"/.test(text)),
      texts.join('\n'),
    );
  });

  it("Netvisor refuses mail that fails DMARC (since June 2024): the sender's own problem first", async () => {
    const message = await invoice(
      '12345678@scan.netvisor.fi',
      [{ filename: 'lasku.pdf', content: good }],
      ROWS.failReject,
    );
    const x = await explainMail(message, options());
    const dmarc = x.scanning?.[0]?.findings.find((finding) => finding.check === 'scan-dmarc');
    assert.equal(dmarc?.level, 'fail');
    assert.match(dmarc.text, /DMARC does not pass \(fail\): since 2024-06 Netvisor may mark mail/);
  });

  it('Procountor (Apix): one invoice per message, PDF at most 2 MB, the message at most 7 MB', async () => {
    const big = Buffer.concat([good, Buffer.alloc(2.5 * 1024 * 1024, 0x20)]);
    const message = await invoice('003712345678@procountor.apix.fi', [
      { filename: 'lasku1.pdf', content: good },
      { filename: 'lasku2.pdf', content: big },
      { filename: 'liite.txt', content: Buffer.from('muistio'), contentType: 'text/plain' },
    ]);
    const x = await explainMail(message, options({ lang: 'fi' }));
    assert.equal(x.scanning?.[0]?.service, 'Procountor (Apix)');
    assert.equal(x.scanning?.[0]?.verdict, 'refuse');
    const byCheck = (check: string) => x.scanning![0].findings.filter((finding) => finding.check === check);
    assert.match(
      byCheck('scan-size')[0].text,
      /"lasku2\.pdf" on 2,5 Mt: Procountor \(Apix\) ottaa enintään 2 Mt:n tiedostoja/,
    );
    assert.equal(byCheck('scan-file-count')[0].level, 'warn');
    assert.deepEqual(
      byCheck('scan-file-type').map((finding) => finding.level),
      ['ok'],
      'other files may ride along',
    );
  });

  it('a message to no service is not judged; --scanning-service judges it as sent to one (Maventa)', async () => {
    const message = await invoice('kirjanpito@asiakas.test', [{ filename: 'lasku.pdf', content: locked }]);
    assert.equal((await explainMail(message, options())).scanning, undefined, 'no service is judged');
    const x = await explainMail(message, options({ scanningService: serviceNamed('maventa') }));
    assert.equal(x.scanning?.[0]?.service, 'Maventa Scan');
    assert.equal(x.scanning?.[0]?.address, undefined);
    assert.equal(x.scanning?.[0]?.verdict, 'refuse');
    assert.match(x.scanning[0].summary, /named with --scanning-service/);
  });

  it('the report says it in both languages, with the sources and when they were read', async () => {
    const message = await invoice('12345678@scan.netvisor.fi', [
      { filename: 'lukittu.pdf', content: locked },
    ]);
    const en = explanationMarkdown(await explainMail(message, options()), 'en');
    assert.match(
      en,
      /## The invoice-scanning service\n\n❌ Netvisor \(12345678@scan\.netvisor\.fi\) will not take it as it is:\n\n- ✅ DMARC passes\.\n/,
    );
    assert.match(
      en,
      /Its rules as the service publishes them \(read 2026-12-05\):\n\n- <https:\/\/support\.netvisor\.fi\//,
    );
    const fi = explanationMarkdown(await explainMail(message, options({ lang: 'fi' })), 'fi');
    assert.match(
      fi,
      /## Laskujen skannauspalvelu\n\n❌ Netvisor \(12345678@scan\.netvisor\.fi\) ei ota sitä vastaan tällaisenaan:/,
    );
    assert.match(fi, /"lukittu\.pdf" on lukittu tai salasanasuojattu/);
  });

  it('the CLI: --scanning-service, its choices, and exit 1 when the service refuses', async () => {
    const message = await invoice('kirjanpito@asiakas.test', [{ filename: 'lukittu.pdf', content: locked }]);
    const file = path.join(dir, 'lasku.eml');
    fs.writeFileSync(file, message);
    const args = ['explain-mail', '--relay', RELAY, '--dns-server', dns.address, '--timeout', '2000', file];
    const judged = await runCliAsync([...args, '--scanning-service', 'netvisor', '--lang', 'fi']);
    assert.equal(judged.status, 1, judged.stderr);
    assert.match(
      judged.stdout,
      /❌ Netvisor \(nimetty valitsimella --scanning-service\) ei ota sitä vastaan/,
    );
    const wrong = await runCliAsync([...args, '--scanning-service', 'posti']);
    assert.equal(wrong.status, 2);
    assert.match(wrong.stderr, /netvisor.*procountor.*maventa/);
  });

  it('a message to two services is judged by both, and refused when either refuses (helper finding)', async () => {
    const big = Buffer.concat([good, Buffer.alloc(3 * 1024 * 1024, 0x20)]);
    const message = await invoice('12345678@scan.netvisor.fi, 003712345678@procountor.apix.fi', [
      { filename: 'lasku.pdf', content: big },
    ]);
    const x = await explainMail(message, options());
    assert.deepEqual(
      x.scanning?.map((scan) => `${scan.service}:${scan.verdict}`),
      ['Netvisor:take', 'Procountor (Apix):refuse'],
    );
    assert.equal(x.ok, false);
    assert.ok(x.advice.some((line) => /Procountor \(Apix\) will not take this message as it is/.test(line)));
  });

  it('a copy with no envelope sender and no passing signature: DMARC cannot be told, not "fails" (helper finding)', async () => {
    const message = await receivedMessage({
      from: ROWS.passA,
      key,
      to: '12345678@scan.netvisor.fi',
      attachments: [{ filename: 'lasku.pdf', content: good }],
      returnPath: false,
    });
    // Saved without a signature either: only the From says who sent it.
    const unsigned = Buffer.from(
      message.toString('latin1').replace(/^DKIM-Signature:[^\r]*(\r\n[ \t][^\r]*)*\r\n/m, ''),
      'latin1',
    );
    const headersOnly = Buffer.from(
      unsigned.toString('latin1').replace(/^Received:[^\r]*(\r\n[ \t][^\r]*)*\r\n/gm, ''),
      'latin1',
    );
    const x = await explainMail(headersOnly, options());
    const dmarc = x.scanning?.[0]?.findings.find((finding) => finding.check === 'scan-dmarc');
    assert.equal(dmarc?.level, 'warn', JSON.stringify({ ours: x.ours, env: x.envelopeFrom, hops: x.hops }));
    assert.match(dmarc.text, /DMARC cannot be told from this copy/);
  });

  it('reads what a PDF says, not what a file merely holds (helper findings)', () => {
    const text = attachmentFacts({
      filename: 'notes.txt',
      contentType: 'text/plain',
      size: 20,
      content: Buffer.from('muistio: %PDF-1.4'),
    });
    assert.equal(text.pdf, undefined, 'a text file holding "%PDF-" is text');
    const untyped = attachmentFacts({
      filename: 'scan',
      contentType: 'application/octet-stream',
      size: good.length,
      content: good,
    });
    assert.equal(untyped.pdf?.version, '1.4', 'a file of no type is known by its header');
    const inPage = Buffer.from(
      '%PDF-1.4\n1 0 obj\n<< /Length 20 >>\nstream\n(/Encrypt me) Tj\nendstream\nendobj\ntrailer\n<< /Root 2 0 R >>\nstartxref\n0\n%%EOF\n',
    );
    assert.equal(pdfFacts(inPage).locked, false, '/Encrypt in a page is no lock');
    assert.equal(pdfFacts(Buffer.from('%PDF-1.10\n%%EOF')).version, '1.10');
    assert.equal(
      pdfFacts(Buffer.from('%PDF-1.2\n1 0 obj << /Type /Catalog /Version /1.7 >> endobj\n%%EOF')).version,
      '1.7',
    );
    assert.deepEqual(pdfFacts(Buffer.from('not a pdf')), { locked: false });
    // 2 MB of dictionaries that never close, and a key in one: one regular expression across the
    // file took quadratic time here; read per key, it ends, and finds no lock.
    const unclosed = Buffer.from(`%PDF-1.4\n${'<< /A '.repeat(350_000)}/Encrypt 5 0 R\n%%EOF\n`);
    assert.equal(pdfFacts(unclosed).locked, false);
    const xrefStream = Buffer.from(
      '%PDF-1.5\n9 0 obj\n<< /Type /XRef /Size 10 /Encrypt 8 0 R /W [1 2 1] >>\nstream\nendstream\nendobj\n%%EOF\n',
    );
    assert.equal(pdfFacts(xrefStream).locked, true, 'a cross-reference stream names the lock');
  });

  it('one line for files that share a name, however many (helper finding)', async () => {
    const many = Array.from({ length: 5 }, () => ({ filename: 'Lasku.pdf', content: good }));
    const x = await explainMail(await invoice('12345678@scan.netvisor.fi', many), options());
    const names = x.scanning![0].findings.filter((finding) => finding.check === 'scan-file-name');
    assert.deepEqual(
      names.map((finding) => finding.text),
      ['5 files are called "Lasku.pdf": Netvisor needs every file to have a name of its own.'],
    );
  });
});
