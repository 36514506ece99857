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
