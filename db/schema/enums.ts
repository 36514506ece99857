import { pgEnum } from 'drizzle-orm/pg-core';
import { STAGES } from '@/lib/domain/stages';
import { ASSIGNMENT_ROLES, MILESTONE_STATUSES, PROJECT_KINDS, USER_ROLES } from '@/lib/domain/vocabulary';

export const userRole = pgEnum('user_role', USER_ROLES);
export const assignmentRole = pgEnum('assignment_role', ASSIGNMENT_ROLES);
export const projectKind = pgEnum('project_kind', PROJECT_KINDS);
export const projectStage = pgEnum('project_stage', STAGES);
export const milestoneStatus = pgEnum('milestone_status', MILESTONE_STATUSES);
