import * as path from 'path';
import { pathToFileURL } from 'url';
import { ALL_RULES, fixedByFixAll, RULE_DOCS_FOLDER, safeJson, type Lang, type Severity } from '../../core';
import type { FileReport } from '../report';

const LEVELS: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
  hint: 'note',
};

/** SARIF 2.1.0, as code-scanning services read it: columns 1-based, in UTF-16 code units. */
export function formatSarif(
  reports: readonly FileReport[],
  lang: Lang,
  version: string,
  cwd = process.cwd(),
): string {
  const ruleIndex = new Map(ALL_RULES.map((rule, index) => [rule.id, index]));
  const artifacts = reports.map((report) => artifactLocation(report, cwd));
  const results = reports.flatMap(({ problems }, fileIndex) =>
    problems.map((problem) => ({
      ruleId: problem.rule,
      ruleIndex: ruleIndex.get(problem.rule),
      level: LEVELS[problem.severity],
      message: { text: problem.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { ...artifacts[fileIndex], index: fileIndex },
            region: {
              startLine: problem.range.start.line + 1,
              startColumn: problem.range.start.character + 1,
              endLine: problem.range.end.line + 1,
              endColumn: problem.range.end.character + 1,
            },
          },
        },
      ],
      properties: {
        ...(problem.severity !== LEVELS[problem.severity] ? { severity: problem.severity } : {}),
        // As lint --format json: what --fix fixes, and a fix the editor only suggests.
        fixable: fixedByFixAll(problem),
        suggestion: problem.fix !== undefined && !fixedByFixAll(problem),
      },
    })),
  );
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'nova-mail',
            version,
            semanticVersion: version,
            rules: ALL_RULES.map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.description[lang] },
              // No web page exists to link to: the documentation ships with the extension and the repository.
              help: { text: `${rule.description[lang]} (${RULE_DOCS_FOLDER}/${rule.id}.md)` },
              defaultConfiguration: { level: LEVELS[rule.defaultSeverity] },
              properties: { fixable: rule.fixable },
            })),
          },
        },
        originalUriBaseIds: { SRCROOT: { uri: pathToFileURL(cwd + path.sep).href } },
        artifacts: artifacts.map((location) => ({ location })),
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return safeJson(log);
}

/**
 * The file as a URI: relative to SRCROOT (the working folder) when inside it, else a file: URL.
 * Percent-encoded byte for byte, so that a name that is not UTF-8 keeps its bytes (`%E9`), where
 * the shown name has `\xe9`.
 */
function artifactLocation(report: FileReport, cwd: string): { uri: string; uriBaseId?: string } {
  const windows = process.platform === 'win32';
  if (windows) {
    // Windows names are Unicode: the path as shown is the path.
    const absolute = path.resolve(cwd, report.file);
    const relative = path.relative(cwd, absolute);
    return relative && !relative.startsWith('..') && !path.isAbsolute(relative)
      ? { uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: 'SRCROOT' }
      : { uri: pathToFileURL(absolute).href };
  }
  // Byte for byte (latin1 keeps each byte one character) through POSIX path arithmetic.
  const bytes = (text: string) => Buffer.from(text, 'utf8').toString('latin1');
  const base = bytes(cwd);
  const absolute = path.posix.resolve(base, report.bytes?.toString('latin1') ?? bytes(report.file));
  const relative = path.posix.relative(base, absolute);
  return relative && !relative.startsWith('..')
    ? { uri: encodePath(relative), uriBaseId: 'SRCROOT' }
    : { uri: `file://${encodePath(absolute)}` };
}

/** Each byte of a latin1 path string outside RFC 3986's unreserved set (and `/`) as %XX. */
function encodePath(latin1: string): string {
  return [...Buffer.from(latin1, 'latin1')]
    .map((byte) =>
      /[A-Za-z0-9\-._~/]/.test(String.fromCharCode(byte))
        ? String.fromCharCode(byte)
        : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`,
    )
    .join('');
}
