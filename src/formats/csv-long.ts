import type { SortRecord, Study } from '../core/types.ts';
import { parseCsv, toCsv } from './csv.ts';
import { dataErrorAt } from './errors.ts';
import { parseScore } from './scores.ts';
import type { ImportedData, ImportedSort, ParseOptions } from './types.ts';

export const LONG_HEADER = ['participant', 'team', 'statement', 'score'] as const;

interface Building {
  participant: string;
  team: string;
  line: number;
  scores: Record<string, number>;
  lines: Map<string, number>;
}

/**
 * Long (tidy) CSV: a header with `participant`, `statement` and `score` (any order,
 * any case) and optionally `team`; one row per participant and statement. A
 * participant's rows need not be adjacent; the team must be the same on each.
 */
export function parseCsvLong(text: string, options: ParseOptions): ImportedData {
  const { file } = options;
  const rows = parseCsv(text, file);
  const header = rows[0];
  if (!header) throw dataErrorAt({ file }, `empty file: expected a header "${LONG_HEADER.join(',')}"`, `leeg bestand: verwacht een kopregel "${LONG_HEADER.join(',')}"`);
  const names = header.cells.map((c) => c.toLowerCase());
  const col = (name: string) => names.indexOf(name);
  const [pCol, tCol, sCol, vCol] = [col('participant'), col('team'), col('statement'), col('score')];
  if (pCol < 0 || sCol < 0 || vCol < 0) {
    throw dataErrorAt(
      { file, line: header.line },
      `the header needs the columns participant, statement and score (and optionally team), found: ${header.cells.join(', ')}`,
      `de kopregel heeft de kolommen participant, statement en score nodig (en eventueel team), gevonden: ${header.cells.join(', ')}`,
    );
  }
  const byParticipant = new Map<string, Building>();
  const statementIds: string[] = [];
  const knownIds = new Set<string>();
  for (const row of rows.slice(1)) {
    const participant = row.cells[pCol] ?? '';
    const team = tCol >= 0 ? (row.cells[tCol] ?? '') : '';
    const statement = row.cells[sCol] ?? '';
    if (participant === '') throw dataErrorAt({ file, line: row.line, column: pCol + 1 }, 'a row without a participant', 'een regel zonder deelnemer');
    if (statement === '') throw dataErrorAt({ file, line: row.line, column: sCol + 1, participant }, 'a row without a statement id', 'een regel zonder stelling-id');
    let sort = byParticipant.get(participant);
    if (!sort) {
      sort = { participant, team, line: row.line, scores: {}, lines: new Map() };
      byParticipant.set(participant, sort);
    } else if (sort.team !== team) {
      throw dataErrorAt({ file, line: row.line, column: tCol + 1, participant }, `team ${JSON.stringify(team)} differs from team ${JSON.stringify(sort.team)} on line ${sort.line}`, `team ${JSON.stringify(team)} verschilt van team ${JSON.stringify(sort.team)} op regel ${sort.line}`);
    }
    const before = sort.lines.get(statement);
    if (before !== undefined) throw dataErrorAt({ file, line: row.line, participant, statement }, `a second score for this statement (also line ${before})`, `een tweede score voor deze stelling (ook regel ${before})`);
    sort.lines.set(statement, row.line);
    sort.scores[statement] = parseScore(row.cells[vCol] ?? '', { file, line: row.line, column: vCol + 1, participant, statement });
    if (!knownIds.has(statement)) {
      knownIds.add(statement);
      statementIds.push(statement);
    }
  }
  if (byParticipant.size === 0) throw dataErrorAt({ file, line: header.line }, 'no rows below the header', 'geen regels onder de kopregel');
  const sorts = [...byParticipant.values()].map(
    (b): ImportedSort => ({ participant: b.participant, ...(b.team !== '' ? { team: b.team } : {}), scores: b.scores, line: b.line, statementLines: b.lines }),
  );
  return { sorts, statementIds };
}

/** Writes one row per sort and statement, statements in study order. */
export function writeCsvLong(study: Study, sorts: readonly SortRecord[]): string {
  const rows: (string | number)[][] = [[...LONG_HEADER]];
  for (const s of sorts) {
    for (const st of study.statements) rows.push([s.participant, s.team ?? '', st.id, s.scores[st.id] ?? '']);
  }
  return toCsv(rows);
}
