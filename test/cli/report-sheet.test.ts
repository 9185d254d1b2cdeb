import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import { definedConfig, ownServerConfig, personConfig, readExample, text } from '../helpers';
import { runCli, tempTree } from './run-cli';

const SECRET = 'Salainen-1';

function clients(): string {
  const tricky = personConfig();
  tricky.company = 'Pilkku, "Lainaus" & Äiti Oy';
  tricky.persons[0].name = '=HYPERLINK("http://evil.test")';
  const leaky = personConfig();
  leaky.company = 'Vuoto Oy';
  leaky.persons[0].email.smtpPassword = SECRET;
  return tempTree({
    'a/nova-mail.json': readExample('nova-mail.json'),
    'a/laskutus.nova-mail.json': readExample('laskutus.nova-mail.json'),
    'b/tricky.nova-mail.json': text(tricky),
    'b/leaky.nova-mail.json': text(leaky),
    'b/nobody.nova-mail.json': text({
      ...definedConfig(),
      company: 'Tyhjä Oy',
      sender: { mode: 'personRegister' },
    }),
  });
}

describe('nova-mail report (the built CLI as a process)', () => {
  it('writes one row per sending address as JSON with exactly the contract keys, nulls where a field does not apply', () => {
    const dir = clients();
    const result = runCli(['report', '--format', 'json', 'a', 'b'], { cwd: dir });
    assert.equal(result.status, 0, result.stderr);
    const rows = JSON.parse(result.stdout) as Record<string, unknown>[];
    for (const row of rows)
      assert.deepEqual(Object.keys(row), [
        'company',
        'file',
        'senderMode',
        'person',
        'citrixId',
        'address',
        'errors',
        'warnings',
      ]);
    const defined = rows.find((row) => row.file === 'a/laskutus.nova-mail.json');
    assert.deepEqual(defined, {
      company: 'Laskutus Oy',
      file: 'a/laskutus.nova-mail.json',
      senderMode: 'defined',
      person: null,
      citrixId: null,
      address: 'laskutus@laskutus-oy.fi',
      errors: 0,
      warnings: 0,
    });
    assert.equal(rows.filter((row) => row.file === 'a/nova-mail.json').length, 2);
    const nobody = rows.filter((row) => row.file === 'b/nobody.nova-mail.json');
    assert.equal(nobody.length, 1, 'a file with no address still has its row');
    assert.equal(nobody[0].address, null);
    assert.equal(rows.find((row) => row.company === 'Vuoto Oy')?.errors, 1);
    assert.ok(!result.stdout.includes(SECRET), 'never a credential');
  });

  it('writes CSV a CSV parser reads back: BOM, header, RFC 4180 quoting, a formula made text', () => {
    const dir = clients();
    const result = runCli(['report', '--format', 'csv', 'b'], { cwd: dir });
    assert.equal(result.status, 0, result.stderr);
    assert.ok(result.stdout.startsWith('\ufeffcompany,file,senderMode,'));
    const records: Record<string, string>[] = parse(result.stdout, { bom: true, columns: true });
    const tricky = records.find((record) => record.file === 'b/tricky.nova-mail.json');
    assert.equal(tricky?.company, 'Pilkku, "Lainaus" & Äiti Oy');
    assert.equal(tricky?.person, `'=HYPERLINK("http://evil.test")`);
    assert.equal(records.find((record) => record.file === 'b/nobody.nova-mail.json')?.address, '');
    assert.ok(!result.stdout.includes(SECRET));
  });

  it('writes ; in Finnish (what Finnish Excel splits on), --delimiter choosing , ; or tab', () => {
    const dir = clients();
    const english = runCli(['report', '--format', 'csv', 'b'], { cwd: dir });
    const finnish = runCli(['report', '--format', 'csv', '--lang', 'fi', 'b'], { cwd: dir });
    assert.equal(finnish.status, 0, finnish.stderr);
    assert.ok(finnish.stdout.startsWith('\ufeffcompany;file;senderMode;person;'), finnish.stdout);
    const records = (text: string, delimiter: string): Record<string, string>[] =>
      parse(text, { bom: true, columns: true, delimiter });
    assert.deepEqual(records(finnish.stdout, ';'), records(english.stdout, ','), 'the same cells');
    assert.equal(
      records(finnish.stdout, ';').find((record) => record.file === 'b/tricky.nova-mail.json')?.company,
      'Pilkku, "Lainaus" & Äiti Oy',
    );
    // LANG decides when --lang is not given, as it does the words.
    const byLocale = runCli(['report', '--format', 'csv', 'b'], { cwd: dir, env: { LANG: 'fi_FI.UTF-8' } });
    assert.equal(byLocale.stdout, finnish.stdout);
    const semicolonCompany = personConfig();
    semicolonCompany.company = 'Puoli; Piste Oy';
    const quoted = runCli(['report', '--format', 'csv', '--lang', 'fi', 'semi.nova-mail.json'], {
      cwd: tempTree({ 'semi.nova-mail.json': text(semicolonCompany) }),
    });
    assert.match(quoted.stdout, /^"Puoli; Piste Oy";semi\.nova-mail\.json;/m);
    for (const [given, delimiter] of [
      [',', ','],
      [';', ';'],
      ['tab', '\t'],
      ['\t', '\t'],
    ]) {
      const result = runCli(['report', '--format', 'csv', '--lang', 'fi', '--delimiter', given, 'b'], {
        cwd: dir,
      });
      assert.equal(result.status, 0, result.stderr);
      assert.ok(result.stdout.startsWith(`\ufeffcompany${delimiter}file${delimiter}`), given);
      assert.deepEqual(records(result.stdout, delimiter), records(english.stdout, ','), given);
    }
    const wrong = runCli(['report', '--format', 'csv', '--delimiter', '|', 'b'], { cwd: dir });
    assert.equal(wrong.status, 2);
    assert.match(wrong.stderr, /--delimiter must be one of ",", ";", tab \(got "\|"\)/);
    const notCsv = runCli(['report', '--format', 'json', '--delimiter', ';', 'b'], { cwd: dir });
    assert.equal(notCsv.status, 2);
    assert.match(notCsv.stderr, /--delimiter is only used with --format csv/);
  });

  it('writes a Markdown table in English and Finnish; exits 2 on nothing found and usage errors', () => {
    const dir = clients();
    const english = runCli(['report', 'a'], { cwd: dir });
    assert.equal(english.status, 0);
    assert.match(
      english.stdout,
      /^\| Company \| File \| Sender mode \| Person \| Citrix ID \| Address \| Errors \| Warnings \|$/m,
    );
    assert.match(
      english.stdout,
      /^\| Laskutus Oy \| a\/laskutus\.nova-mail\.json \| defined \| — \| — \| laskutus@laskutus-oy\.fi \| 0 \| 0 \|$/m,
    );
    const finnish = runCli(['report', '--lang', 'fi', 'a'], { cwd: dir });
    assert.match(finnish.stdout, /^\| Yritys \| Tiedosto \| Lähettäjä \|/m);
    const pipes = runCli(['report', 'b'], { cwd: dir });
    assert.match(pipes.stdout, /\| Pilkku, "Lainaus" & Äiti Oy \|/);
    assert.equal(runCli(['report', 'nowhere'], { cwd: dir }).status, 2);
    assert.equal(runCli(['report'], { cwd: dir }).status, 2);
    assert.match(
      runCli(['report', '--format', 'ods', 'a'], { cwd: dir }).stderr,
      /--format must be one of markdown, csv, json, xlsx/,
    );
  });
});

describe('nova-mail sheet (the built CLI as a process)', () => {
  it("prints Nova's screens in order with the file's values and a box per field, in Finnish with English", () => {
    const dir = clients();
    const result = runCli(['sheet', '--lang', 'fi', 'a/nova-mail.json'], { cwd: dir });
    assert.equal(result.status, 0, result.stderr);
    const out = result.stdout;
    assert.match(out, /^# Nova-syöttölomake: Esimerkki Oy/);
    const order = [
      'Infoline → Asetukset → Ohjaustiedot',
      'Henkilöroolit → Roolit',
      'Teppo Testaaja → Sähköposti',
      'Sanna Säännöllinen → Muokkaa',
    ];
    const positions = order.map((part) => out.indexOf(part));
    assert.ok(
      positions.every((position, i) => position >= 0 && (i === 0 || position > positions[i - 1])),
      positions.join(', '),
    );
    assert.match(out, /- \[ \] \*\*SMTP-palvelin\*\* \(SMTP server\): `smtp\.visma\.local`/);
    assert.match(out, /- \[ \] \*\*Portti\*\* \(Port\): `25`/);
    assert.match(
      out,
      /- \[ \] \*\*Käyttäjätunnus \(Nova\)\*\* \(Nova username: the Citrix ID\): `999999teptes`/,
    );
    assert.match(out, /- \[ \] \*\*Salasana \(SMTP\)\*\* \(SMTP password: three x\): `xxx`/);
    assert.match(out, /Tallenna: painike muuttuu harmaaksi/);
    const english = runCli(['sheet', 'a/laskutus.nova-mail.json'], { cwd: dir });
    assert.match(
      english.stdout,
      /- \[ \] \*\*Sähköpostiosoite\*\* \(E-mail address\): `laskutus@laskutus-oy\.fi`/,
    );
    assert.match(english.stdout, /the button turns grey when saved/);
  });

  it("an own server's sheet has the mailbox login and says the password goes into Nova only", () => {
    const dir = tempTree({ 'oma.nova-mail.json': text(ownServerConfig()) });
    const result = runCli(['sheet', 'oma.nova-mail.json'], { cwd: dir });
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /- \[ \] \*\*SMTP-palvelin\*\* \(SMTP server\): `smtp\.gmail\.com`/);
    assert.match(result.stdout, /- \[ \] \*\*Portti\*\* \(Port\): `587`/);
    assert.match(result.stdout, /- \[ \] \*\*Käyttäjätunnus\*\* \(Username\): `laskutus@esimerkki\.fi`/);
    assert.match(result.stdout, /\*\*Salasana\*\* \(Password\): `[^`]*the app password, not on this sheet`/);
    assert.match(result.stdout, /^> The mailbox's password is typed in Nova only/m);
  });

  it('prints a printable HTML page with the values escaped', () => {
    const dir = clients();
    const result = runCli(['sheet', '--format', 'html', 'b/tricky.nova-mail.json'], { cwd: dir });
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^<!DOCTYPE html>/);
    assert.ok(result.stdout.includes('Pilkku, &quot;Lainaus&quot; &amp; Äiti Oy'));
    assert.match(
      result.stdout,
      /<input type="checkbox"> <strong>Portti<\/strong> \(Port\): <code>25<\/code>/,
    );
  });

  it('refuses a file with errors (exit 1, no value printed, never the secret); exits 2 on usage and unreadable', () => {
    const dir = clients();
    const refused = runCli(['sheet', 'b/leaky.nova-mail.json'], { cwd: dir });
    assert.equal(refused.status, 1);
    assert.equal(refused.stdout, '');
    assert.match(refused.stderr, /No entry sheet: the file has 1 error/);
    assert.ok(!refused.stderr.includes(SECRET));
    assert.match(
      runCli(['sheet', '--lang', 'fi', 'b/leaky.nova-mail.json'], { cwd: dir }).stderr,
      /Syöttölomaketta ei tehdä/,
    );
    assert.equal(runCli(['sheet'], { cwd: dir }).status, 2);
    assert.equal(runCli(['sheet', 'a/nova-mail.json', 'a/laskutus.nova-mail.json'], { cwd: dir }).status, 2);
    assert.equal(runCli(['sheet', 'missing.nova-mail.json'], { cwd: dir }).status, 2);
  });
});
