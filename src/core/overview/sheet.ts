/**
 * The Nova entry sheet: Nova's own screens in the order one fills them in, with exactly the value to
 * type and a box to tick per field. Only for a file without errors: a sheet must never carry a
 * wrong value (or a real password) into Nova.
 */
import { PLACEHOLDER } from '../nova';
import { escapeControl } from '../visible-text';
import { JsonDocument } from '../document';
import { markdownCode, markdownText } from '../markdown';
import { isObject, objectAt, personsOf, SENDER_ROLE, senderMode, stringAt } from '../config/model';
import type { Lang, Localized, Problem } from '../types';
import { inBothLanguages } from '../catalog';
import { MESSAGES, msg } from '../messages';
import { authenticationOf } from '../own-server/profile';

export interface SheetField {
  /** Nova's label (Finnish, as on the screen), and what it means in English. */
  label: string;
  gloss: string;
  value: string;
}

export interface SheetSection {
  title: string;
  /** Where in Nova, as a path of screens. */
  path: string;
  fields: SheetField[];
  note?: Localized;
}

export interface EntrySheet {
  company?: string;
  /** An own mail server that takes a login: the username is real, the password not on the sheet. */
  login?: boolean;
  sections: SheetSection[];
}

export type SheetResult = { ok: true; sheet: EntrySheet } | { ok: false; errors: number; message: Localized };

const SAVE: Localized = {
  en: 'Tallenna (Save): the button turns grey when saved.',
  fi: 'Tallenna: painike muuttuu harmaaksi, kun tallennus on tehty.',
};

const yesNo = (value: unknown): string => (value === true ? 'kyllä / on' : 'ei / off');

/** The sheet of a file, or why not (its error-severity problems, counted; no value is shown). */
export function entrySheet(text: string, problems: readonly Problem[]): SheetResult {
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  if (errors > 0)
    return { ok: false, errors, message: inBothLanguages(MESSAGES, msg('sheet.errors', { count: errors })) };
  const config = new JsonDocument(text).parsed.value;
  const smtp = objectAt(config, 'smtp');
  const sender = objectAt(config, 'sender');
  const mode = senderMode(config);
  const company = isObject(config) && typeof config.company === 'string' ? config.company : undefined;
  // An own server that takes a login: the mailbox's username, and a password typed in Nova only.
  const authentication = authenticationOf(config);
  const login = (username: string | undefined) =>
    authentication === 'none' ? PLACEHOLDER : (username ?? '');
  const password =
    authentication === 'none'
      ? PLACEHOLDER
      : authentication === 'appPassword'
        ? 'sovellussalasana, ei tällä lomakkeella / the app password, not on this sheet'
        : 'postilaatikon salasana, ei tällä lomakkeella / the mailbox password, not on this sheet';

  const control: SheetField[] = [
    field('SMTP-palvelin', 'SMTP server', scalar(smtp?.server)),
    field('Portti', 'Port', scalar(smtp?.port)),
    field('SSL', 'SSL', yesNo(smtp?.ssl)),
    field(
      'Muokkaus ennen lähetystä',
      'Edit before sending',
      yesNo(isObject(config) ? config.editBeforeSend : undefined),
    ),
    field(
      'Lähetyskuittaus',
      'Delivery receipt (a copy to the sender)',
      yesNo(isObject(config) ? config.deliveryReceipt : undefined),
    ),
  ];
  if (mode === 'personRegister')
    control.push(
      field(
        'Käytä henkilörekisterin sähköpostilähettäjä',
        'Use the person register’s e-mail sender',
        'valittu / selected',
      ),
    );
  else
    control.push(
      field('Määritelty sähköpostin lähettäjä', 'Defined e-mail sender', 'valittu / selected'),
      field('Sähköpostiosoite', 'E-mail address', stringAt(sender, 'address') ?? ''),
      field('Nimi', 'Name', stringAt(sender, 'name') ?? ''),
      field('Käyttäjätunnus', 'Username', login(stringAt(sender, 'username'))),
      field('Salasana', 'Password', password),
    );
  const sections: SheetSection[] = [
    { title: 'Ohjaustiedot', path: 'Infoline → Asetukset → Ohjaustiedot', fields: control, note: SAVE },
  ];

  if (mode === 'personRegister') {
    for (const view of personsOf(config)) {
      if (!view.email) continue;
      const name = stringAt(view.person, 'name') ?? `#${view.index + 1}`;
      const citrixId = stringAt(view.email, 'username') ?? '';
      sections.push(
        {
          title: name,
          path: `Asetukset → Henkilörekisteri → ${name} → Muokkaa → Henkilöroolit → Roolit`,
          fields: [field('Roolit', 'Roles', SENDER_ROLE)],
          note: {
            en: 'Tallenna (Save): the Sähköposti tab appears after saving.',
            fi: 'Tallenna: Sähköposti-välilehti tulee näkyviin tallennuksen jälkeen.',
          },
        },
        {
          title: `${name}: Sähköposti`,
          path: `Asetukset → Henkilörekisteri → ${name} → Sähköposti`,
          fields: [
            field('Käyttäjätunnus', 'Username: the Citrix ID', citrixId),
            field('Sähköposti', 'E-mail address', stringAt(view.email, 'address') ?? ''),
            field('Käyttäjätunnus (Nova)', 'Nova username: the Citrix ID', citrixId),
            authentication === 'none'
              ? field('Käyttäjätunnus (SMTP)', 'SMTP username: three x', PLACEHOLDER)
              : field('Käyttäjätunnus (SMTP)', 'SMTP username', login(stringAt(view.email, 'smtpUsername'))),
            authentication === 'none'
              ? field('Salasana (SMTP)', 'SMTP password: three x', PLACEHOLDER)
              : field('Salasana (SMTP)', 'SMTP password', password),
          ],
          note: SAVE,
        },
      );
    }
  }
  return { ok: true, sheet: { company, sections, login: authentication !== 'none' } };
}

/** A value as typed into Nova (a file without errors has a string or a number here). */
function scalar(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

function field(label: string, gloss: string, value: string): SheetField {
  return { label, gloss, value };
}

const WORDS = {
  en: {
    title: 'Nova entry sheet',
    file: 'File',
    never: 'Never your own username or password: always xxx.',
    password: "The mailbox's password is typed in Nova only: never on this sheet, never in the file.",
  },
  fi: {
    title: 'Nova-syöttölomake',
    file: 'Tiedosto',
    never: 'Ei koskaan omaa käyttäjätunnusta tai salasanaa: aina xxx.',
    password:
      'Postilaatikon salasana kirjoitetaan vain Novaan: ei koskaan tälle lomakkeelle eikä tiedostoon.',
  },
} as const;

/** The sheet as Markdown, with a task-list box per field. */
export function sheetMarkdown(sheet: EntrySheet, file: string, lang: Lang): string {
  const w = WORDS[lang];
  const lines = [
    `# ${w.title}${sheet.company ? `: ${markdownText(sheet.company)}` : ''}`,
    '',
    `${w.file}: ${markdownCode(file)}`,
    '',
    `> ${sheet.login ? w.password : w.never}`,
  ];
  sheet.sections.forEach((section, index) => {
    lines.push(
      '',
      `## ${index + 1}. ${markdownText(section.title)}`,
      '',
      `_${markdownText(section.path)}_`,
      '',
    );
    for (const f of section.fields) lines.push(`- [ ] **${f.label}**${glossOf(f)}: ${markdownCode(f.value)}`);
    if (section.note) lines.push(`- [ ] ${section.note[lang]}`);
  });
  return lines.join('\n') + '\n';
}

/** The sheet as one printable HTML page (checkboxes to tick on paper or on screen). */
export function sheetHtml(sheet: EntrySheet, file: string, lang: Lang): string {
  const w = WORDS[lang];
  const title = `${w.title}${sheet.company ? `: ${sheet.company}` : ''}`;
  const parts = [
    '<!DOCTYPE html>',
    `<html lang="${lang}"><head><meta charset="utf-8"><title>${html(title)}</title>`,
    '<style>body{font-family:sans-serif;max-width:48rem;margin:2rem auto}li{list-style:none;margin:.3rem 0}code{font-size:1.1em;background:#eee;padding:0 .3em}@media print{h2{break-after:avoid}}</style>',
    '</head><body>',
    `<h1>${html(title)}</h1>`,
    `<p>${w.file}: <code>${html(file)}</code></p>`,
    `<p><strong>${sheet.login ? w.password : w.never}</strong></p>`,
  ];
  sheet.sections.forEach((section, index) => {
    parts.push(
      `<h2>${index + 1}. ${html(section.title)}</h2>`,
      `<p><em>${html(section.path)}</em></p>`,
      '<ul>',
    );
    for (const f of section.fields)
      parts.push(
        `<li><label><input type="checkbox"> <strong>${html(f.label)}</strong>${html(glossOf(f))}: <code>${html(f.value)}</code></label></li>`,
      );
    if (section.note)
      parts.push(`<li><label><input type="checkbox"> ${html(section.note[lang])}</label></li>`);
    parts.push('</ul>');
  });
  parts.push('</body></html>');
  return parts.join('\n') + '\n';
}

/** Nova's screens are in Finnish: each label keeps its English meaning beside it, in either language. */
function glossOf(f: SheetField): string {
  return f.gloss === f.label ? '' : ` (${f.gloss})`;
}

/** HTML-escaped, its control characters shown (a printed sheet must show an odd name as it is). */
function html(text: string): string {
  return escapeControl(text).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );
}
