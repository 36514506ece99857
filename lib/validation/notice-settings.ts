import { NOTICE_GROUP_NAMES } from '@/lib/notify/notice-groups';
import { isEmailAddress, text, version } from './fields';
import { z } from './zod';

/** react-hook-form sends a checkbox list as an array, but as false when none is ticked (and FormData a string). */
const checked = (v: unknown) =>
  v === false || v === undefined || v === null ? [] : typeof v === 'string' ? [v] : v;

/**
 * One's own address for notices by e-mail ('' for none) and the kinds of notice to get by e-mail, by group
 * (lib/notify/notice-groups.ts); in the app every notice is shown whatever is chosen here.
 */
export const noticeSettingsSchema = z.object({
  version: version(),
  email: text(254).refine((v) => v === '' || isEmailAddress(v), 'userValidation.email'),
  emailGroups: z.preprocess(
    checked,
    z
      .array(z.enum(NOTICE_GROUP_NAMES, 'validation.invalid'))
      .max(NOTICE_GROUP_NAMES.length, 'validation.invalid'),
  ),
});
export type NoticeSettingsInput = z.input<typeof noticeSettingsSchema>;
export type NoticeSettings = z.output<typeof noticeSettingsSchema>;
