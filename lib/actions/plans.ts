'use server';

import { approvePlanAction } from './plan-approve';
import { approvePlanChangeAction, rejectPlanChangeAction, requestPlanChangeAction } from './plan-request';
import { openPlanYearAction, openZonePlanYearAction } from './plan-year';
import { updateProfileAction } from './profile';
import { editProjectAction } from './project-edit';
import { serve } from './serve';

export async function approvePlan(input: unknown) {
  return serve(approvePlanAction, input);
}

export async function requestPlanChange(input: unknown) {
  return serve(requestPlanChangeAction, input);
}

export async function approvePlanChange(input: unknown) {
  return serve(approvePlanChangeAction, input);
}

export async function rejectPlanChange(input: unknown) {
  return serve(rejectPlanChangeAction, input);
}

export async function openPlanYear(input: unknown) {
  return serve(openPlanYearAction, input);
}

export async function openZonePlanYear(input: unknown) {
  return serve(openZonePlanYearAction, input);
}

export async function editProject(input: unknown) {
  return serve(editProjectAction, input);
}

export async function updateProfile(input: unknown) {
  return serve(updateProfileAction, input);
}
