'use client';

// This page's forms, each fetched when first used rather than with the page (see on-first-use.tsx).
import { onFirstUse } from '../../_components/on-first-use';

export const AddChannelForm = onFirstUse(() => import('./channel-forms').then((m) => m.AddChannelForm));
export const AddEmailChannelForm = onFirstUse(() =>
  import('./email-channel-form').then((m) => m.AddEmailChannelForm),
);
export const ChannelActions = onFirstUse(() => import('./channel-actions').then((m) => m.ChannelActions));
