import { statementText } from '../core/text.ts';
import type { Lang, Statement } from '../core/types.ts';
import { wrapText } from './wrap.ts';

/** A numbered list of statements, wrapped to the terminal width. Pure. */
export function renderStatementList(statements: readonly Statement[], lang: Lang, width: number): string {
  const idWidth = Math.max(2, ...statements.map((s) => s.id.length));
  const catWidth = Math.max(0, ...statements.map((s) => s.category?.length ?? 0));
  const indent = idWidth + 2 + (catWidth ? catWidth + 2 : 0);
  const out: string[] = [];
  for (const s of statements) {
    const lines = wrapText(statementText(s, lang), Math.max(20, width - indent - 1));
    const head = `${s.id.padStart(idWidth)}  ${catWidth ? `${(s.category ?? '').padEnd(catWidth)}  ` : ''}`;
    out.push(`${head}${lines[0] ?? ''}`);
    for (const l of lines.slice(1)) out.push(`${' '.repeat(indent)}${l}`);
  }
  out.push('', `${statements.length} statements`);
  return `${out.join('\n')}\n`;
}
