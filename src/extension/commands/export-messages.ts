/**
 * What Export report says, in English and Finnish: a catalog of its own beside the command, which
 * only the desktop's entry loads. The browser's bundle, where the command only says that it needs
 * the desktop, carries none of these words (its budget: bench/baseline.json).
 */
import { formatMessage, type Catalog, type Data } from '../../core/catalog';
import type { Lang } from '../../core';

export const EXPORT_MESSAGES = {
  'export.format': {
    en: 'Export the report of every configuration as',
    fi: 'Vie kaikkien asetustiedostojen raportti',
  },
  'export.xlsx': { en: 'Excel workbook (.xlsx)', fi: 'Excel-työkirjana (.xlsx)' },
  'export.xlsx-detail': {
    en: 'the sending addresses and the files, each on a sheet with a filter',
    fi: 'lähettäjäosoitteet ja tiedostot omilla välilehdillään, suodattimin',
  },
  'export.csv': { en: 'CSV (.csv)', fi: 'CSV-tiedostona (.csv)' },
  'export.csv-detail': {
    en: 'one row per sending address, separated by {delimiter} as Excel in this language reads it',
    fi: 'rivi kustakin lähettäjäosoitteesta, erottimena {delimiter}, kuten tämänkielinen Excel sen lukee',
  },
  'export.failed': {
    en: 'The report was not written to {file}: {reason}',
    fi: 'Raporttia ei kirjoitettu tiedostoon {file}: {reason}',
  },
  'export.written': {
    en: {
      one: 'Report written to {file}: {count} sending address.',
      other: 'Report written to {file}: {count} sending addresses.',
    },
    fi: {
      one: 'Raportti kirjoitettu tiedostoon {file}: {count} lähettäjäosoite.',
      other: 'Raportti kirjoitettu tiedostoon {file}: {count} lähettäjäosoitetta.',
    },
  },
} as const satisfies Catalog;

export type ExportMessageId = keyof typeof EXPORT_MESSAGES;

export function exportSayer(lang: Lang): (id: ExportMessageId, data?: Data) => string {
  return (id, data) => formatMessage(EXPORT_MESSAGES, data ? { id, data } : { id }, lang);
}
