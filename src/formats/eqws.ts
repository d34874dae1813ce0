import type { SortRecord, Study } from '../core/types.ts';
import { dataErrorAt } from './errors.ts';
import { isRecord, keyLines, parseJsonText } from './json-text.ts';
import { positionalIds, scoresFromValues } from './scores.ts';
import type { ImportedData, ImportedSort, ParseOptions } from './types.ts';

/** The fields EQ Web Sort, Easy-HTMLQ and qsort use for the participant, first found wins. */
export const EQWS_ID_FIELDS = ['participant', 'userInputId', 'urlUsercode', 'urlUserCode', 'usercode', 'userCode', 'partId', 'randomId', 'uid', 'id'] as const;

const hasSort = (v: unknown) => isRecord(v) && (typeof v['sort'] === 'string' || Array.isArray(v['sort']));

/** The records: an array, an object of records, or such an object one level down (e.g. {"users": {...}}). */
function records(data: unknown): { key: string | undefined; value: unknown }[] | undefined {
  if (Array.isArray(data)) return data.map((value) => ({ key: undefined, value }));
  if (!isRecord(data)) return undefined;
  const entries = Object.entries(data);
  if (entries.some(([, v]) => hasSort(v))) return entries.map(([key, value]) => ({ key, value }));
  const inner = entries.find(([, v]) => isRecord(v) && Object.values(v).some(hasSort));
  return inner ? records(inner[1]) : undefined;
}

/** Is this parsed JSON an EQ Web Sort / Easy-HTMLQ export? */
export function looksLikeEqws(data: unknown): boolean {
  return (records(data) ?? []).some((r) => hasSort(r.value));
}

/**
 * EQ Web Sort / Easy-HTMLQ JSON: participant records, each with a `sort` string of
 * scores separated by `|` in statement order and an id field (see EQWS_ID_FIELDS;
 * else the record's key). Optional `team` and `comment` text are kept.
 */
export function parseEqws(text: string, options: ParseOptions): ImportedData {
  const { file } = options;
  const list = records(parseJsonText(text, file));
  if (!list || list.length === 0) throw dataErrorAt({ file }, 'expected participant records with a "sort" field ("2|-1|0|…")');
  const lines = keyLines(text, list.map((r) => r.key));
  let ids: readonly string[] | undefined = options.statementIds;
  const sorts = list.map(({ key, value }, i): ImportedSort => {
    const where = key !== undefined ? `record ${JSON.stringify(key)}` : `record ${i + 1}`;
    const place = { file, line: lines[i], where };
    if (!isRecord(value)) throw dataErrorAt(place, 'is not an object');
    const rawSort = value['sort'];
    const values =
      typeof rawSort === 'string' ? rawSort.split('|')
      : Array.isArray(rawSort) ? rawSort.map((v) => (typeof v === 'number' || typeof v === 'string' ? String(v) : ''))
      : undefined;
    if (!values) throw dataErrorAt(place, 'has no "sort" field');
    const idField = EQWS_ID_FIELDS.find((f) => {
      const v = value[f];
      return (typeof v === 'string' && v.trim() !== '') || typeof v === 'number';
    });
    const participant = (idField !== undefined ? String(value[idField]) : (key ?? '')).trim();
    if (participant === '') throw dataErrorAt(place, `no participant id (none of ${EQWS_ID_FIELDS.join(', ')})`);
    ids ??= positionalIds(values.length, undefined);
    const scores = scoresFromValues(values, ids, { ...place, participant });
    const team = typeof value['team'] === 'string' && value['team'].trim() !== '' ? value['team'].trim() : undefined;
    const comment = typeof value['comment'] === 'string' && value['comment'] !== '' ? value['comment'] : undefined;
    return {
      participant,
      scores,
      ...(place.line !== undefined ? { line: place.line } : {}),
      where,
      ...(team !== undefined ? { team } : {}),
      ...(comment !== undefined ? { comment } : {}),
    };
  });
  return { sorts, statementIds: ids ?? [] };
}

/**
 * Writes an object of records {participant, team?, sort: "v1|v2|…", comment?} under
 * the keys p1, p2, … (keys that JavaScript keeps in order, unlike numeric-looking names).
 */
export function writeEqws(study: Study, sorts: readonly SortRecord[]): string {
  const out: Record<string, unknown> = {};
  for (const [i, s] of sorts.entries()) {
    out[`p${i + 1}`] = {
      participant: s.participant,
      ...(s.team !== undefined ? { team: s.team } : {}),
      sort: study.statements.map((st) => String(s.scores[st.id] ?? '')).join('|'),
      ...(s.comment !== undefined ? { comment: s.comment } : {}),
    };
  }
  return `${JSON.stringify(out, null, 2)}\n`;
}
