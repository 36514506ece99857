'use server';

import { updateReminderSettingsAction } from './reminder-settings';
import { serve } from './serve';

export async function updateReminderSettings(input: unknown) {
  return serve(updateReminderSettingsAction, input);
}
