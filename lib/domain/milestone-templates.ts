import { addDays, daysBetween, type IsoDate } from './dates';
import type { ProjectKind } from './vocabulary';

/** Milestones in the report's own wording, by the kind of project. */
export const MILESTONE_TEMPLATES: Record<ProjectKind, readonly string[]> = {
  pipeline: ['洽谈', '签约'],
  new: ['签约', '开工', '主体结构封顶', '主体完工', '设备安装', '安装调试', '投产', '达效'],
  continuing: ['主体完工', '设备安装', '安装调试', '竣工验收', '投产', '达效'],
};

/**
 * Planned dates spread evenly from `from` to `to` (the project's planned period), the last milestone on `to`.
 * Without a usable period, one month apart from `from`.
 */
export function templateMilestones(kind: ProjectKind, from: IsoDate, to: IsoDate | null) {
  const names = MILESTONE_TEMPLATES[kind];
  const span = to && to > from ? daysBetween(from, to) : 30 * names.length;
  return names.map((name, i) => ({
    name,
    plannedOn: addDays(from, Math.round((span * (i + 1)) / names.length)),
  }));
}
