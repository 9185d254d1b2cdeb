/** The formats of the commands that write documents: their definitions check them, their runs write them. */
export const REPORT_FORMATS = ['markdown', 'csv', 'json', 'xlsx'] as const;
export const SHEET_FORMATS = ['markdown', 'html'] as const;
