'use server';

import { assignContactAction, endAssignmentAction } from './assignment';
import { fileProgressAction } from './progress';
import { createProjectAction } from './project-create';
import { serve } from './serve';
import { advanceStageAction, correctStageAction } from './stage';

export async function advanceStage(input: unknown) {
  return serve(advanceStageAction, input);
}

export async function correctStage(input: unknown) {
  return serve(correctStageAction, input);
}

export async function assignContact(input: unknown) {
  return serve(assignContactAction, input);
}

export async function endAssignment(input: unknown) {
  return serve(endAssignmentAction, input);
}

export async function fileProgress(input: unknown) {
  return serve(fileProgressAction, input);
}

export async function createProject(input: unknown) {
  return serve(createProjectAction, input);
}
