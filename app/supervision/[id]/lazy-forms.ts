'use client';

// This page's forms, each fetched when first used rather than with the page (see on-first-use.tsx).
import { onFirstUse } from '../../_components/on-first-use';

export const NoticeMoveForm = onFirstUse(() => import('./move-form').then((m) => m.NoticeMoveForm));
