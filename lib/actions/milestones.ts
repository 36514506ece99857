'use server';

import { serve } from './serve';
import { updateMilestoneStatusAction } from './update-milestone-status';

export async function updateMilestoneStatus(input: unknown) {
  return serve(updateMilestoneStatusAction, input);
}
