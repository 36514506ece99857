import { BLOCKER_MOVES } from '@/lib/domain/blockers';
import {
  type NoticeKind,
  PLAN_NOTICE_KINDS,
  REMINDER_NOTICE_KINDS,
  REPORT_NOTICE_KINDS,
  SUPERVISION_NOTICE_KINDS,
} from './notices';

/**
 * Notice kinds as a person chooses them for e-mail: four groups rather than twenty kinds, so the choice fits
 * a phone. Opt-outs are stored per kind (notice_opt_outs), so a group can be split later without a migration.
 */
export const NOTICE_GROUPS = {
  blockers: ['raise', ...BLOCKER_MOVES].map((move) => `blocker_${move}` as NoticeKind),
  plan: [...PLAN_NOTICE_KINDS],
  chasing: [...REPORT_NOTICE_KINDS, ...REMINDER_NOTICE_KINDS],
  supervision: [...SUPERVISION_NOTICE_KINDS],
} satisfies Record<string, NoticeKind[]>;

export type NoticeGroup = keyof typeof NOTICE_GROUPS;
export const NOTICE_GROUP_NAMES = Object.keys(NOTICE_GROUPS) as NoticeGroup[];

/** The kinds a person turns off by leaving these groups unticked. */
export function kindsOutside(groupsOn: readonly NoticeGroup[]): NoticeKind[] {
  return NOTICE_GROUP_NAMES.filter((g) => !groupsOn.includes(g)).flatMap((g) => NOTICE_GROUPS[g]);
}

/**
 * The groups shown ticked: those with none of their kinds turned off. A group with some kinds off (a kind added
 * to it since) shows unticked, and saving turns the whole group off, as the person last chose.
 */
export function groupsOn(optedOut: readonly string[]): NoticeGroup[] {
  const off = new Set(optedOut);
  return NOTICE_GROUP_NAMES.filter((g) => NOTICE_GROUPS[g].every((kind) => !off.has(kind)));
}
