import * as path from 'path';
import { pathToFileURL } from 'url';
import { ALL_RULES, RULE_DOCS_FOLDER, type Lang, type Severity } from '../../core';
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
  const artifacts = reports.map(({ file }) => artifactLocation(file, cwd));
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
      ...(problem.severity !== LEVELS[problem.severity]
        ? { properties: { severity: problem.severity } }
        : {}),
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
  return JSON.stringify(log, null, 2);
}

function artifactLocation(file: string, cwd: string): { uri: string; uriBaseId?: string } {
  const absolute = path.resolve(cwd, file);
  const relative = path.relative(cwd, absolute);
  if (relative && !relative.startsWith('..') && !path.isAbsolute(relative)) {
    return { uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: 'SRCROOT' };
  }
  return { uri: pathToFileURL(absolute).href };
}
