/**
 * The report's words: its column headings (the Markdown table's and the workbook's) and the
 * workbook's sheet names, said by report-sheets.ts. Not in the lint's catalog: the browser's
 * bundle, which writes the CSV (its header is the JSON keys), carries none of them.
 */
import type { Catalog } from '../catalog';

export const REPORT_MESSAGES = {
  'report.column.company': { en: 'Company', fi: 'Yritys' },
  'report.column.file': { en: 'File', fi: 'Tiedosto' },
  'report.column.sender-mode': { en: 'Sender mode', fi: 'Lähettäjä' },
  'report.column.person': { en: 'Person', fi: 'Henkilö' },
  'report.column.citrix-id': { en: 'Citrix ID', fi: 'Citrix-tunnus' },
  'report.column.address': { en: 'Address', fi: 'Osoite' },
  'report.column.own-server': { en: 'Own mail service', fi: 'Oma postipalvelu' },
  'report.column.persons': { en: 'Persons', fi: 'Henkilöitä' },
  'report.column.addresses': { en: 'Sending addresses', fi: 'Lähettäjäosoitteita' },
  'report.column.errors': { en: 'Errors', fi: 'Virheet' },
  'report.column.warnings': { en: 'Warnings', fi: 'Varoitukset' },
  'report.sheet.addresses': { en: 'Addresses', fi: 'Osoitteet' },
  'report.sheet.files': { en: 'Files', fi: 'Tiedostot' },
} as const satisfies Catalog;
