// 洽谈 → 签约 → 开工 → 投产 → 达效: a project moves forward one stage at a time.
export const STAGES = [
  'negotiating',
  'signed',
  'under_construction',
  'in_production',
  'at_capacity',
] as const;
export type Stage = (typeof STAGES)[number];

export function stageIndex(stage: Stage): number {
  return STAGES.indexOf(stage);
}

/** The stage after `stage`, or null at the last one. */
export function nextStage(stage: Stage): Stage | null {
  return STAGES[stageIndex(stage) + 1] ?? null;
}

/** True when `stage` is `reference` or any later stage ("at or past 开工"). */
export function isAtOrPast(stage: Stage, reference: Stage): boolean {
  return stageIndex(stage) >= stageIndex(reference);
}
