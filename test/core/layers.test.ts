/**
 * The drawing of the house holds: no module of src/ imports, even for a type, a module that imports
 * it back (the core catalog is composed above its parts, the typed view of the file below the rules).
 * The import graph is read with TypeScript's own pre-processor; ESLint's layer rules guard the rest.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { it } from 'node:test';
import * as ts from 'typescript';
import { ROOT } from '../helpers';

const SRC = path.join(ROOT, 'src');

function sourceFiles(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

function localImports(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
  return importedFiles
    .map(({ fileName }) => fileName)
    .filter((name) => name.startsWith('.'))
    .map((name) => path.resolve(path.dirname(file), name))
    .map((base) => [`${base}.ts`, path.join(base, 'index.ts')].find((candidate) => fs.existsSync(candidate)))
    .filter((found): found is string => found !== undefined);
}

/** Every cycle's first closing edge, found by a depth-first walk. */
function cycles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const walk = (file: string, trail: string[]) => {
    state.set(file, 'open');
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') found.push([...trail.slice(trail.indexOf(next)), file, next]);
      else if (!state.has(next)) walk(next, [...trail, file]);
    }
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) walk(file, []);
  return found;
}

it('no module of src/ is part of an import cycle, type imports included', () => {
  const files = sourceFiles(SRC);
  const graph = new Map(files.map((file) => [file, localImports(file)]));
  assert.ok(graph.size > 100, 'the whole source tree was read');
  assert.ok([...graph.values()].flat().length > 300, 'its imports were resolved');
  const named = cycles(graph).map((cycle) => cycle.map((file) => path.relative(SRC, file)).join(' -> '));
  assert.deepEqual(named, []);
});
