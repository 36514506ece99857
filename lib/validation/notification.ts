import { id } from './fields';
import { z } from './zod';

export const markNotificationReadSchema = z.object({ notificationId: id() });
export type MarkNotificationReadInput = z.input<typeof markNotificationReadSchema>;

/** Marks every unread notification of the viewer: nothing to name, the viewer is the target. */
export const markAllReadSchema = z.object({});
