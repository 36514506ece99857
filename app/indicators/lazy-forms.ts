'use client';

// This page's forms, fetched when first used rather than with the page (see on-first-use.tsx).
import { onFirstUse } from '../_components/on-first-use';

export const LockButton = onFirstUse(() => import('./quarter-forms').then((m) => m.LockButton));
export const ReferenceRatesForm = onFirstUse(() =>
  import('./quarter-forms').then((m) => m.ReferenceRatesForm),
);
