'use client';

// This page's forms, each fetched when first used rather than with the page (see on-first-use.tsx).
import { onFirstUse } from '../../_components/on-first-use';

export const CreateUserForm = onFirstUse(() => import('./create-user-form').then((m) => m.CreateUserForm));
export const ResetPasswordForm = onFirstUse(() =>
  import('./reset-password-form').then((m) => m.ResetPasswordForm),
);
