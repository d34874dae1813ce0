import type { ProgressStep } from './progress.ts';

/** What happens in a session, for the dashboard and the log. Never carries sort content. */
export type ServerEvent =
  | { readonly type: 'joined'; readonly participant: string; readonly team?: string }
  | {
      readonly type: 'progress';
      readonly participant: string;
      readonly team?: string;
      readonly step: ProgressStep;
      readonly placed: number;
      readonly total: number;
    }
  | { readonly type: 'submitted'; readonly participant: string; readonly team?: string; readonly duplicate: boolean }
  | { readonly type: 'refused'; readonly status: number; readonly reason: string; readonly ip: string };
