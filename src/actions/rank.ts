import { Chalk } from 'chalk';
import { plannedCall } from './analysis-plan.ts';
import { pickLang, printJson, studyDir } from './context.ts';
import type { Deps } from '../deps.ts';
import { withFlagFile } from './flag-file.ts';
import { terminalText } from '../i18n/terminal.ts';
import { assertSortCount, readStudySorts } from '../study/analysis-sorts.ts';
import { factorChoiceNote } from '../study-analysis/choose-factors.ts';
import { buildRankView, FEW_SORTS, type RankView } from '../study-analysis/rank-view.ts';
import { renderRank } from '../render/terminal/render-rank.ts';
import type { AnalysisChoices } from '../study-analysis/analysis-options.ts';
import type { Lang } from '../core/types.ts';

export interface RankCliOptions extends AnalysisChoices {
  /** --flag-file: the flags by hand from a CSV (read by withFlagFile). */
  flagFile?: string;
  study?: string;
  by?: 'team' | 'factor';
  top: number;
  lang?: Lang;
  json?: boolean;
}

/** `qsort rank --json`: the view as plain data. */
export function rankJson(view: RankView): unknown {
  return {
    title: view.title,
    statementCount: view.statementCount,
    sortCount: view.sortCount,
    top: view.top,
    ranking: view.ranking,
    ...(view.by === 'team'
      ? { teams: view.groups.map((g) => ({ team: g.name, sortCount: g.sortCount, ranking: g.ranking })), sortsWithoutTeam: view.sortsWithoutGroup }
      : {}),
    ...(view.by === 'factor'
      ? {
          // one entry per viewpoint: pole 1, and pole −1 (z-scores turned round) where sorts hold the factor reversed
          factors: view.groups.map((g) => ({
            factor: g.factor ?? g.name,
            pole: g.pole ?? 1,
            sortCount: g.sortCount,
            ranking: g.ranking?.map(({ value, bottom, ...p }) => ({ ...p, bottom: bottom ?? false, zScore: value })) ?? null,
          })),
        }
      : {}),
  };
}

/** Reads the study's valid sorts, ranks the statements and prints the ranking (notes to stderr). */
export async function runRank(given: RankCliOptions, deps: Deps): Promise<void> {
  const opts = await withFlagFile(given, deps);
  const dir = studyDir(opts, deps);
  const { study, sorts, messages } = await readStudySorts(dir);
  for (const line of messages) deps.stderr.write(`${line}\n`);
  assertSortCount(dir, sorts.length, opts.by === 'factor' ? 2 : 1, opts.by === 'factor' ? 'ranking by factor' : 'a ranking');
  const lang = pickLang(opts.lang, study.language, deps.env);
  const t = terminalText(lang);
  // by factor: the factors of the study's analysis plan, as `qsort analyze` has them (options given here win)
  const planned = opts.by === 'factor' ? await plannedCall(dir, opts, deps, lang) : null;
  if (planned?.note) deps.stderr.write(`${planned.note}\n`);
  let view = buildRankView(study, sorts, { lang, top: opts.top, by: opts.by, analysis: planned ? planned.choices : opts });
  if (view.by === 'team' && view.groups.length === 0) {
    deps.stderr.write(`${t.noTeams}\n`);
    view = buildRankView(study, sorts, { lang, top: opts.top });
  }
  const note = view.factorChoice ? factorChoiceNote(view.factorChoice, lang) : null;
  if (note !== null) deps.stderr.write(`${note}\n`);
  if (sorts.length < FEW_SORTS) deps.stderr.write(`${t.fewSorts(sorts.length)}\n`);
  if (view.by === 'team' && view.sortsWithoutGroup > 0) deps.stderr.write(`${t.leftOutOfTeams(view.sortsWithoutGroup)}\n`);
  if (opts.json) printJson(deps, rankJson(view));
  else deps.stdout.write(renderRank(view, { chalk: new Chalk({ level: deps.colorLevel }), width: deps.width() }));
}
