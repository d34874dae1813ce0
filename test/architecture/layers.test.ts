/**
 * The layers of src/ (README "Architecture"): which top folder may import which,
 * and no import cycle between files. Every relative import counts: static,
 * dynamic (`await import(…)`), re-exports and type-only imports alike, since a
 * type-only cycle still ties two files together for a reader.
 *
 *   commands → actions → {sort-flow, workshop, render, study, formats, prompts}
 *            → {study-analysis, core, analysis, i18n, text} → errors/deps
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const BASE = ['errors.ts', 'deps.ts', 'version.ts'];
const PURE_BELOW = ['core', 'analysis', 'study-analysis', 'i18n', 'text', ...BASE];

/** Layer → the layers it may import (besides itself). A layer is a top folder of src/ (workshop: its two halves), or a root file. */
export const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  'cli.ts': ['main.ts'],
  'main.ts': ['commands', 'actions', 'core', 'i18n', 'study', ...BASE],
  commands: ['actions', 'core', 'formats', 'study-analysis', 'analysis', 'i18n', 'text', ...BASE],
  actions: ['workshop/host', 'workshop/join', 'sort-flow', 'render', 'study', 'formats', 'prompts', 'workers', ...PURE_BELOW],
  'workshop/join': ['workshop/host', 'sort-flow', 'study', 'formats', 'prompts', ...PURE_BELOW],
  'workshop/host': ['sort-flow', 'render', 'study', 'formats', 'prompts', ...PURE_BELOW],
  'sort-flow': ['prompts', 'study', 'formats', ...PURE_BELOW],
  render: ['formats', ...PURE_BELOW],
  study: ['formats', ...PURE_BELOW],
  formats: [...PURE_BELOW],
  prompts: [...PURE_BELOW],
  workers: ['analysis', 'core', ...BASE],
  'study-analysis': ['analysis', 'core', 'i18n', 'text', ...BASE],
  i18n: ['core', 'analysis', 'errors.ts'],
  text: ['deps.ts'],
  analysis: ['core', 'errors.ts'],
  core: ['errors.ts'],
  'errors.ts': [],
  'deps.ts': [],
  'version.ts': [],
};

/** The layer of a file relative to src/ ("workshop/host/app.ts" → "workshop/host", "main.ts" → "main.ts"). */
export function layerOf(file: string): string {
  const parts = file.split('/');
  if (parts.length === 1) return parts[0]!;
  if (parts[0] === 'workshop' && parts.length > 2) return `workshop/${parts[1]}`;
  return parts[0]!;
}

/** The relative specifiers a source text imports: static, dynamic, re-exports, type-only (comments ignored). */
export function relativeImports(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
  const found: string[] = [];
  for (const m of code.matchAll(/^\s*(?:import|export)\b[^;'"]*?\bfrom\s*['"](\.[^'"]+)['"]/gm)) found.push(m[1]!);
  for (const m of code.matchAll(/^\s*import\s*['"](\.[^'"]+)['"]/gm)) found.push(m[1]!);
  for (const m of code.matchAll(/\bimport\s*\(\s*['"](\.[^'"]+)['"]/g)) found.push(m[1]!);
  return found;
}

function sourceFiles(): string[] {
  return readdirSync(join(root, 'src'), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') && !e.name.endsWith('.d.ts'))
    .map((e) => relative(join(root, 'src'), join(e.parentPath, e.name)).split('\\').join('/'));
}

/** file → the files it imports (relative to src/). */
function importGraph(files: readonly string[]): Map<string, string[]> {
  const known = new Set(files);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const targets = relativeImports(readFileSync(join(root, 'src', file), 'utf8'))
      .map((spec) => relative(join(root, 'src'), resolve(join(root, 'src'), dirname(file), spec.replace(/\.js$/, '.ts'))).split('\\').join('/'))
      .filter((t) => known.has(t) && t !== file);
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** The strongly connected components with more than one file (Tarjan). */
export function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

/** The imports that break the layer matrix, as "from → to (file → file)". */
export function layerViolations(graph: ReadonlyMap<string, readonly string[]>): string[] {
  const problems: string[] = [];
  for (const [file, targets] of graph) {
    const from = layerOf(file);
    for (const target of targets) {
      const to = layerOf(target);
      if (to === from) continue;
      const allowed = ALLOWED[from];
      if (allowed === undefined) problems.push(`${file}: the layer "${from}" is not in the matrix`);
      else if (!allowed.includes(to)) problems.push(`${from} → ${to} (${file} imports ${target})`);
    }
  }
  return problems;
}

describe('the layers of src/', () => {
  const files = sourceFiles();
  const graph = importGraph(files);

  it('finds the source files and their imports', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(graph.get('cli.ts')).toEqual(['main.ts']);
  });

  it('every top folder is in the matrix', () => {
    expect([...new Set(files.map(layerOf))].filter((l) => ALLOWED[l] === undefined)).toEqual([]);
  });

  it('imports run one way: only the edges the matrix allows', () => {
    expect(layerViolations(graph)).toEqual([]);
  });

  it('the matrix itself has no cycle between layers', () => {
    const layerGraph = new Map(Object.entries(ALLOWED).map(([k, v]) => [k, [...v]]));
    expect(cycles(layerGraph)).toEqual([]);
  });

  it('no import cycle between files (type-only and dynamic imports count)', () => {
    expect(cycles(graph)).toEqual([]);
  });

  it('the checks catch what they should (a check of the check)', () => {
    expect(relativeImports("import type { A } from './a.ts';\nconst b = await import('../b.ts');\nexport { c } from './c.ts';\n// import x from './x.ts'"))
      .toEqual(['./a.ts', './c.ts', '../b.ts']);
    const bad = new Map([
      ['core/a.ts', ['actions/b.ts']],
      ['actions/b.ts', ['core/a.ts']],
    ]);
    expect(layerViolations(bad)).toEqual(['core → actions (core/a.ts imports actions/b.ts)']);
    expect(cycles(bad)).toEqual([['actions/b.ts', 'core/a.ts']]);
    expect(layerOf('workshop/host/app.ts')).toBe('workshop/host');
    expect(layerOf('render/html/charts/svg.ts')).toBe('render');
  });
});
