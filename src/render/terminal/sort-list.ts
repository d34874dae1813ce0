import type { Lang, SortRecord, SortSource, Study } from '../../core/types.ts';
import { commandTexts } from '../../i18n/commands.ts';
import { renderTable } from '../../text/table.ts';
import { wrapText } from '../../text/wrap.ts';

/** One line of `qsort list`: a stored sort (valid or not) or a draft in progress. */
export interface SortListEntry {
  readonly participant: string;
  readonly team?: string;
  /** When the sort was finished (a draft: last saved), ISO 8601. */
  readonly date?: string;
  readonly language?: Lang;
  readonly source?: SortSource;
  readonly status: 'valid' | 'invalid' | 'draft';
  /** Every statement of the study has a score. */
  readonly complete: boolean;
  /** Fits the study: every statement once, known ids, the distribution's counts. */
  readonly valid: boolean;
  /** Why the sort is not valid. */
  readonly problem?: string;
  readonly file: string;
}

/** What the study folder holds, as read by the caller. */
export interface SortListInput {
  readonly sorts: readonly {
    readonly file: string;
    /** The participant the file name stands for, used when the file cannot be read. */
    readonly fileParticipant: string;
    readonly record?: Pick<SortRecord, 'participant' | 'team' | 'language' | 'source' | 'startedAt' | 'finishedAt' | 'scores'>;
    readonly problem?: string;
    readonly problemNl?: string;
    /** The file's modification time, for sorts without a finishedAt. */
    readonly modified?: string;
  }[];
  readonly drafts: readonly { readonly participant: string; readonly file: string; readonly modified?: string }[];
}

/** A problem message without the leading "path: " or "path:line: " (the file is listed on its own). */
function withoutFile(problem: string, file: string, lang: Lang): string {
  if (!problem.startsWith(file)) return problem;
  const rest = problem.slice(file.length);
  const m = /^:(\d+): /.exec(rest);
  if (m) return `${lang === 'nl' ? 'regel' : 'line'} ${m[1]}: ${rest.slice(m[0].length)}`;
  return rest.startsWith(': ') ? rest.slice(2) : problem;
}

const byParticipant = (a: SortListEntry, b: SortListEntry): number =>
  a.participant.localeCompare(b.participant, undefined, { numeric: true, sensitivity: 'base' }) || a.status.localeCompare(b.status);

/**
 * The entries of `qsort list`, each problem in `lang` (pure): the sorts in the
 * study's order as given (the order of the analysis and every export), then the
 * drafts by participant.
 */
export function sortListEntries(study: Pick<Study, 'statements'>, input: SortListInput, lang: Lang = 'en'): SortListEntry[] {
  const entries: SortListEntry[] = input.sorts.map((s): SortListEntry => {
    const r = s.record;
    const date = r?.finishedAt ?? r?.startedAt ?? s.modified;
    const complete = r !== undefined && study.statements.every((st) => Object.hasOwn(r.scores, st.id));
    return {
      participant: r?.participant ?? s.fileParticipant,
      ...(r?.team !== undefined ? { team: r.team } : {}),
      ...(date !== undefined ? { date } : {}),
      ...(r?.language !== undefined ? { language: r.language } : {}),
      ...(r !== undefined ? { source: r.source } : {}),
      status: s.problem === undefined ? 'valid' : 'invalid',
      complete,
      valid: s.problem === undefined,
      ...(s.problem !== undefined ? { problem: withoutFile(lang === 'nl' ? (s.problemNl ?? s.problem) : s.problem, s.file, lang) } : {}),
      file: s.file,
    };
  });
  const drafts: SortListEntry[] = [];
  for (const d of input.drafts) {
    drafts.push({
      participant: d.participant,
      ...(d.modified !== undefined ? { date: d.modified } : {}),
      status: 'draft',
      complete: false,
      valid: false,
      file: d.file,
    });
  }
  return [...entries, ...drafts.sort(byParticipant)];
}

/** "2026-11-22 09:14" in the local time zone, or the text as given when it is not a date. */
export function formatListDate(iso: string | undefined): string {
  if (iso === undefined) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

const fileName = (path: string): string => path.replace(/^.*[\\/]/, '');

/** A short tally: "3 sorts: 2 valid, 1 invalid; 1 draft in progress". */
export function summarizeSortList(entries: readonly SortListEntry[], lang: Lang = 'en'): string {
  const t = commandTexts(lang);
  const valid = entries.filter((e) => e.status === 'valid').length;
  const invalid = entries.filter((e) => e.status === 'invalid').length;
  const drafts = entries.filter((e) => e.status === 'draft').length;
  const sorts = valid + invalid;
  const parts = [t.tally(sorts, valid, invalid)];
  if (drafts) parts.push(t.draftsInProgress(drafts));
  return parts.join('; ');
}

export interface SortListStyle {
  readonly bad: (text: string) => string;
  readonly pending: (text: string) => string;
}

/**
 * The table of `qsort list` at `width` columns, the tally, then each invalid sort's
 * reason in full, wrapped, numbered as in the table (pure).
 */
export function renderSortList(entries: readonly SortListEntry[], width: number, style?: SortListStyle, lang: Lang = 'en'): string {
  const t = commandTexts(lang);
  const h = t.listHeaders;
  const problems: string[] = [];
  const rows = entries.map((e) => {
    let status: string = t.status[e.status];
    if (e.problem !== undefined) {
      // an unreadable line of sorts.jsonl has no participant: its place names it once
      const where = fileName(e.file);
      problems.push(`[${problems.length + 1}] ${e.participant === where ? where : `${e.participant} (${where})`}: ${e.problem}`);
      status = `${status} [${problems.length}]`;
    }
    return [e.participant, e.team ?? '', formatListDate(e.date), e.language ?? '', e.source ?? '', status];
  });
  const table = renderTable(
    [{ header: h.participant, max: 24 }, { header: h.team, max: 14 }, { header: h.date, max: 16 }, { header: h.lang }, { header: h.source }, { header: h.status }],
    rows,
    width,
    (text, row, column) => {
      const status = entries[row]?.status;
      if (!style || column !== 5 || status === 'valid') return text;
      return status === 'invalid' ? style.bad(text) : style.pending(text);
    },
  );
  const notes = problems.flatMap((p) => {
    const [first = '', ...more] = wrapText(p, Math.max(20, width - 4));
    return [first, ...more.map((l) => `    ${l}`)];
  });
  return `${table}\n${summarizeSortList(entries, lang)}\n${notes.length ? `\n${notes.join('\n')}\n` : ''}`;
}
