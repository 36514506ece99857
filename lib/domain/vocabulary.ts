// The closed vocabularies of the domain. The database enums, the zod schemas and the UI labels all derive
// from these lists, so a new value is added in exactly one place.

export const USER_ROLES = ['admin', 'supervisor', 'official', 'viewer'] as const;
export type UserRole = (typeof USER_ROLES)[number];

/** The "三个一" roles: 处级领导 包联推进, 科级干部 专职推进, 普通干部 常驻联络. */
export const ASSIGNMENT_ROLES = ['leader', 'cadre', 'liaison'] as const;
export type AssignmentRole = (typeof ASSIGNMENT_ROLES)[number];

/** 续建 / 新建 / 谋划(洽谈) */
export const PROJECT_KINDS = ['continuing', 'new', 'pipeline'] as const;
export type ProjectKind = (typeof PROJECT_KINDS)[number];

export const MILESTONE_STATUSES = ['not_started', 'in_progress', 'done'] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

/** 困难和问题 categories: the report's 要素保障 bottlenecks first (用地, 用能, 环境容量, 融资), then the rest. */
export const BLOCKER_CATEGORIES = [
  'land',
  'energy',
  'environment',
  'financing',
  'approvals',
  'utilities',
  'labour',
  'other',
] as const;
export type BlockerCategory = (typeof BLOCKER_CATEGORIES)[number];

/** 一般 / 紧急 */
export const BLOCKER_URGENCIES = ['normal', 'urgent'] as const;
export type BlockerUrgency = (typeof BLOCKER_URGENCIES)[number];

/** 待受理 → 已交办 → 已解决 → 已销号 */
export const BLOCKER_STATUSES = ['open', 'assigned', 'resolved', 'closed'] as const;
export type BlockerStatus = (typeof BLOCKER_STATUSES)[number];

/** Where a blocker is handled: the zone, or escalated (升级) to the city. */
export const BLOCKER_LEVELS = ['zone', 'city'] as const;
export type BlockerLevel = (typeof BLOCKER_LEVELS)[number];
