import { statementText } from '../../core/text.ts';
import type { Lang, Statement } from '../../core/types.ts';
import { categoryText, commandTexts } from '../../i18n/commands.ts';
import { wrapText } from '../../text/wrap.ts';

/** A numbered list of statements, wrapped to the terminal width; the built-in categories in the list's language (categoryText). Pure. */
export function renderStatementList(statements: readonly Statement[], lang: Lang, width: number): string {
  const idWidth = Math.max(2, ...statements.map((s) => s.id.length));
  const category = (s: Statement): string => categoryText(s.category ?? '', lang);
  const catWidth = Math.max(0, ...statements.map((s) => category(s).length));
  const indent = idWidth + 2 + (catWidth ? catWidth + 2 : 0);
  const out: string[] = [];
  for (const s of statements) {
    const lines = wrapText(statementText(s, lang), Math.max(20, width - indent - 1));
    const head = `${s.id.padStart(idWidth)}  ${catWidth ? `${category(s).padEnd(catWidth)}  ` : ''}`;
    out.push(`${head}${lines[0] ?? ''}`);
    for (const l of lines.slice(1)) out.push(`${' '.repeat(indent)}${l}`);
  }
  out.push('', commandTexts(lang).statementCount(statements.length));
  return `${out.join('\n')}\n`;
}
