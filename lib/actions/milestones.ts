'use server';

import { addMilestoneAction, applyMilestoneTemplateAction } from './milestone-add';
import { moveMilestoneAction, removeMilestoneAction } from './milestone-order';
import { updateMilestoneAction } from './milestone-update';
import { serve } from './serve';

export async function updateMilestone(input: unknown) {
  return serve(updateMilestoneAction, input);
}

export async function addMilestone(input: unknown) {
  return serve(addMilestoneAction, input);
}

export async function applyMilestoneTemplate(input: unknown) {
  return serve(applyMilestoneTemplateAction, input);
}

export async function moveMilestone(input: unknown) {
  return serve(moveMilestoneAction, input);
}

export async function removeMilestone(input: unknown) {
  return serve(removeMilestoneAction, input);
}
