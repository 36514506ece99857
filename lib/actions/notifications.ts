'use server';

import { updateNoticeSettingsAction } from './notice-settings';
import { markAllNotificationsReadAction, markNotificationReadAction } from './notification-read';
import { serve } from './serve';

export async function markNotificationRead(input: unknown) {
  return serve(markNotificationReadAction, input);
}

export async function markAllNotificationsRead(input: unknown) {
  return serve(markAllNotificationsReadAction, input);
}

export async function updateNoticeSettings(input: unknown) {
  return serve(updateNoticeSettingsAction, input);
}
