import type { IsoDate } from './dates';
import { STAGES, type Stage, stageIndex } from './stages';

/** The project column that records the date each stage was reached. */
export const STAGE_DATE_FIELD = {
  negotiating: 'negotiatingOn',
  signed: 'signedOn',
  under_construction: 'constructionOn',
  in_production: 'productionOn',
  at_capacity: 'capacityOn',
} as const satisfies Record<Stage, string>;
export type StageDateField = (typeof STAGE_DATE_FIELD)[Stage];
export type StageDates = Record<StageDateField, IsoDate | null>;

export type StageMoveRefusal = 'notNextStage' | 'notEarlierStage' | 'beforePreviousStage' | 'inFuture';

/**
 * Forward: exactly one stage, reached on a date not before the current stage's date and not after today.
 * Returns the dates to write, or why the move is refused.
 */
export function advance(
  from: Stage,
  to: Stage,
  reachedOn: IsoDate,
  dates: StageDates,
  today: IsoDate,
): { ok: true; dates: Partial<StageDates> } | { ok: false; reason: StageMoveRefusal } {
  if (stageIndex(to) !== stageIndex(from) + 1) return { ok: false, reason: 'notNextStage' };
  if (reachedOn > today) return { ok: false, reason: 'inFuture' };
  const current = dates[STAGE_DATE_FIELD[from]];
  if (current && reachedOn < current) return { ok: false, reason: 'beforePreviousStage' };
  return { ok: true, dates: { [STAGE_DATE_FIELD[to]]: reachedOn } };
}

/**
 * Back: a correction to any earlier stage; the dates of the stages undone are cleared, since the project
 * has not (or no longer) reached them.
 */
export function correct(
  from: Stage,
  to: Stage,
): { ok: true; dates: Partial<StageDates> } | { ok: false; reason: StageMoveRefusal } {
  if (stageIndex(to) >= stageIndex(from)) return { ok: false, reason: 'notEarlierStage' };
  const cleared = STAGES.slice(stageIndex(to) + 1).map((s) => [STAGE_DATE_FIELD[s], null] as const);
  return { ok: true, dates: Object.fromEntries(cleared) };
}
