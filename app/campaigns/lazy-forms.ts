'use client';

// This page's forms, each fetched when first used rather than with the page (see on-first-use.tsx).
import { onFirstUse } from '../_components/on-first-use';

export const AddEntriesForm = onFirstUse(() => import('./add-entries-form').then((m) => m.AddEntriesForm));
export const CreateRoundForm = onFirstUse(() => import('./create-round-form').then((m) => m.CreateRoundForm));
