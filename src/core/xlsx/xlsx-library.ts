/**
 * write-excel-file (and its one dependency, fflate): an Excel workbook from sheets of cells. The
 * bundles build this module into dist/xlsx.js of its own and load it only when a workbook is
 * written (report --format xlsx, Export report): it stays off the CLI's every run and the
 * extension's activation and first check.
 */
import writeXlsxFile, { type SheetData } from 'write-excel-file/node';
import {
  appendMarkupInsideElement,
  findElement,
  getCellAddress,
  getOrderOfSiblings,
  insertElementMarkupAccordingToOrderOfSiblings,
  replaceElement,
  sanitizeTextContent,
} from 'write-excel-file/utility';
import type { WorkbookSheet } from '../overview/report-sheets';

// The workbook of several sheets is the last of writeXlsxFile's overloads, which Parameters reads.
type WrittenSheet = Parameters<typeof writeXlsxFile>[0][number];
type WorkbookFeature = NonNullable<NonNullable<Parameters<typeof writeXlsxFile>[1]>['features']>[number];

/**
 * The workbook's bytes: each sheet with its bold header row frozen, its widths and an auto filter,
 * printed landscape on A4, one page wide, with the grid and the header row on every page.
 */
export async function writeWorkbook(sheets: readonly WorkbookSheet[]): Promise<Uint8Array> {
  const written: (WrittenSheet & { filterRange: string })[] = sheets.map((sheet) => ({
    sheet: sheet.name,
    data: sheetData(sheet),
    columns: sheet.widths.map((width) => ({ width })),
    stickyRowsCount: 1,
    orientation: 'landscape',
    filterRange: `A1:${getCellAddress(sheet.rows.length, sheet.headings.length - 1)}`,
  }));
  return writeXlsxFile(written, {
    fontFamily: 'Calibri',
    fontSize: 11,
    features: [autoFilter(written), onePageWide],
  }).toBuffer();
}

function sheetData(sheet: WorkbookSheet): SheetData {
  return [
    sheet.headings.map((heading) => ({ value: heading, type: String, fontWeight: 'bold' as const })),
    // Text is always a string cell (a shared string): "=HYPERLINK(…)" is shown, never run.
    ...sheet.rows.map((row) =>
      row.map((value) =>
        value === null ? null : typeof value === 'number' ? { value, type: Number } : { value, type: String },
      ),
    ),
  ];
}

/**
 * Excel's auto filter over each sheet's header and rows: the sheet's <autoFilter> (in the place
 * the schema orders it) and the workbook's hidden _xlnm._FilterDatabase name for it, as Excel
 * writes them both (LibreOffice shows the filter buttons only with the name); and the sheet's
 * _xlnm.Print_Titles, its header row, which a printer repeats on each page.
 */
function autoFilter(sheets: readonly { sheet?: string; filterRange: string }[]): WorkbookFeature {
  const absolute = (range: string) => range.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
  const quoted = (name = '') => sanitizeTextContent(name.replace(/'/g, "''"));
  const names = sheets
    .map(
      (sheet, index) =>
        `<definedName name="_xlnm._FilterDatabase" localSheetId="${index}" hidden="1">` +
        `'${quoted(sheet.sheet)}'!${absolute(sheet.filterRange)}</definedName>` +
        `<definedName name="_xlnm.Print_Titles" localSheetId="${index}">'${quoted(sheet.sheet)}'!$1:$1</definedName>`,
    )
    .join('');
  return {
    files: {
      transform: {
        'xl/worksheets/sheet{id}.xml': {
          transform: (xml, options) =>
            insertElementMarkupAccordingToOrderOfSiblings(
              xml,
              `<autoFilter ref="${(options as { filterRange: string }).filterRange}"/>`,
              getOrderOfSiblings('xl/worksheets/sheet{id}.xml', 'worksheet') ?? [],
              'worksheet',
            ),
        },
        'xl/workbook.xml': {
          // Into the one <definedNames> (the library writes an empty one), or a new one in its place.
          transform: (xml) => {
            const element = findElement(xml, 'definedNames');
            if (!element)
              return insertElementMarkupAccordingToOrderOfSiblings(
                xml,
                `<definedNames>${names}</definedNames>`,
                getOrderOfSiblings('xl/workbook.xml', 'workbook') ?? [],
                'workbook',
              );
            return element.selfClosingTag
              ? replaceElement(xml, element, `<definedNames>${names}</definedNames>`)
              : appendMarkupInsideElement(xml, element, names);
          },
        },
      },
    },
  };
}

/**
 * Printed one page wide (as many pages down as it takes): the page setup's fit (fitToWidth 1,
 * fitToHeight 0, "automatic") and the sheet's property that turns fitting on; with the grid, so
 * that a printed row can be followed across the page.
 */
const onePageWide: WorkbookFeature = {
  files: {
    transform: {
      'xl/worksheets/sheet{id}.xml': {
        transformElementAttributes: (tagName, attributes) =>
          tagName === 'pageSetup' ? { ...attributes, fitToWidth: 1, fitToHeight: 0 } : attributes,
        transform: (xml) => {
          const order = getOrderOfSiblings('xl/worksheets/sheet{id}.xml', 'worksheet') ?? [];
          const fitting = '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>';
          const grid = '<printOptions gridLines="1"/>';
          return insertElementMarkupAccordingToOrderOfSiblings(
            insertElementMarkupAccordingToOrderOfSiblings(xml, fitting, order, 'worksheet'),
            grid,
            order,
            'worksheet',
          );
        },
      },
    },
  },
};
