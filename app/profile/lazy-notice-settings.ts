'use client';

// Apart from lazy-forms.ts, which the admin's user page also imports: only this page offers these settings.
import { onFirstUse } from '../_components/on-first-use';

export const NoticeSettingsForm = onFirstUse(() =>
  import('./notice-settings-form').then((m) => m.NoticeSettingsForm),
);
