'use client';

// This page's forms, each fetched when first used rather than with the page (see on-first-use.tsx).
import { onFirstUse } from '../../_components/on-first-use';

export const ProjectEditForm = onFirstUse(() => import('./project-edit-form').then((m) => m.ProjectEditForm));
export const PlanRequestForm = onFirstUse(() => import('./plan-request-form').then((m) => m.PlanRequestForm));
export const ApprovePlanButton = onFirstUse(() => import('./plan-buttons').then((m) => m.ApprovePlanButton));
export const DecideRequestForms = onFirstUse(() =>
  import('./plan-buttons').then((m) => m.DecideRequestForms),
);
export const OpenYearForm = onFirstUse(() => import('./plan-buttons').then((m) => m.OpenYearForm));
export const RaiseBlockerForm = onFirstUse(() =>
  import('./raise-blocker-form').then((m) => m.RaiseBlockerForm),
);
export const MilestoneAdd = onFirstUse(() => import('./milestone-add').then((m) => m.MilestoneAdd));
export const MilestoneEditor = onFirstUse(() => import('./milestone-editor').then((m) => m.MilestoneEditor));
export const AssignForm = onFirstUse(() => import('./assign-form').then((m) => m.AssignForm));
export const EndAssignmentButton = onFirstUse(() =>
  import('./assign-form').then((m) => m.EndAssignmentButton),
);
export const AdvanceStageForm = onFirstUse(() => import('./stage-forms').then((m) => m.AdvanceStageForm));
export const CorrectStageForm = onFirstUse(() => import('./stage-forms').then((m) => m.CorrectStageForm));
export const IssueNoticeForm = onFirstUse(() => import('./issue-notice-form').then((m) => m.IssueNoticeForm));
