/**
 * The pure layers (src/core, src/analysis) do no I/O and know nothing of the
 * terminal: they import only each other, src/errors.ts and the pure number
 * libraries, never node:fs, process, chalk, commander or @inquirer (STYLE.md,
 * the engineers' rules). This scans every source file's imports.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const PURE = ['src/core', 'src/analysis', 'src/study-analysis', 'src/i18n'];
/** Packages the pure layers may use: numbers only. */
const PACKAGES = new Set(['simple-statistics', 'ml-matrix', '@stdlib/math-base-special-erfc']);
/** Files outside the pure folders they may import. */
const SHARED = new Set(['src/errors.ts']);

/** Every module a source text imports or re-exports (static and dynamic). */
function importsOf(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  const found: string[] = [];
  // import … from '…', export … from '…' (also over several lines), import '…', import('…')
  for (const m of code.matchAll(/^\s*(?:import|export)\b([^;'"]*?)\bfrom\s*['"]([^'"]+)['"]/gm)) {
    // a type-only import of a package leaves no code behind (src/analysis/testing.ts types fast-check)
    if (/^\s*type\b/.test(m[1]!) && !m[2]!.startsWith('.')) continue;
    found.push(m[2]!);
  }
  for (const m of code.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm)) found.push(m[1]!);
  for (const m of code.matchAll(/\bimport\s*\(\s*['"]([^'"]+)['"]/g)) found.push(m[1]!);
  for (const m of code.matchAll(/\brequire\s*\(\s*['"]([^'"]+)['"]/g)) found.push(m[1]!);
  return found;
}

/** Why an import breaks the rule (undefined when it is fine); `file` is relative to the repository. */
function problemOf(file: string, specifier: string): string | undefined {
  if (specifier.startsWith('.')) {
    const target = relative(root, resolve(root, dirname(file), specifier)).split('\\').join('/');
    return PURE.some((dir) => target.startsWith(`${dir}/`)) || SHARED.has(target) ? undefined : `imports ${target}, outside the pure layers`;
  }
  const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!;
  return PACKAGES.has(name) ? undefined : `imports ${specifier} (I/O, terminal or CLI code does not belong here)`;
}

/** Uses of the `process` global (outside comments). */
function usesProcess(source: string): boolean {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
  return /(^|[^.\w$])process\s*[.[]/m.test(code);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.test.ts'))
    .map((e) => relative(root, join(e.parentPath, e.name)).split('\\').join('/'));
}

describe('the pure layers', () => {
  const files = PURE.flatMap(sourceFiles);

  it('finds the source files', () => {
    expect(files.length).toBeGreaterThan(20);
    expect(files).toContain('src/analysis/analyze-study.ts');
    expect(files).toContain('src/core/types.ts');
  });

  it('import only each other, src/errors.ts and the number libraries', () => {
    const problems = files.flatMap((file) =>
      importsOf(readFileSync(join(root, file), 'utf8')).flatMap((spec) => {
        const problem = problemOf(file, spec);
        return problem === undefined ? [] : [`${file}: ${problem}`];
      }),
    );
    expect(problems).toEqual([]);
  });

  it('never touch the process global', () => {
    expect(files.filter((file) => usesProcess(readFileSync(join(root, file), 'utf8')))).toEqual([]);
  });

  it('the scan catches what it should (a check of the check)', () => {
    const sample = `import { readFile } from 'node:fs/promises';\nimport chalk from 'chalk';\nexport { x } from '../commands/shared.ts';\nconst p = await import('@inquirer/prompts');\nimport { DataError } from '../errors.ts';\nimport { mean } from 'simple-statistics';\n// import x from 'commander'\nconst env = process.env;`;
    const found = importsOf(sample);
    expect(found.sort()).toEqual(['../commands/shared.ts', '../errors.ts', '@inquirer/prompts', 'chalk', 'node:fs/promises', 'simple-statistics']);
    expect(found.map((s) => problemOf('src/core/x.ts', s) !== undefined)).toEqual([true, false, true, true, true, false]);
    expect(importsOf("import type { Arbitrary } from 'fast-check';\nimport type { X } from '../server/x.ts';")).toEqual(['../server/x.ts']);
    expect(importsOf("const s = words.join(' from ');\nimport {\n  a,\n  b,\n} from './c.ts';")).toEqual(['./c.ts']);
    expect(problemOf('src/analysis/x.ts', './matrix.ts')).toBeUndefined();
    expect(usesProcess(sample)).toBe(true);
    expect(usesProcess('// process.env in a comment\nconst processed = 1;')).toBe(false);
  });
});
