'use client';

// This page's form, fetched when first used rather than with the page (see on-first-use.tsx).
import { onFirstUse } from '../../_components/on-first-use';

export const DefinitionForm = onFirstUse(() => import('./definition-form').then((m) => m.DefinitionForm));
