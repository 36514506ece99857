import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import type { ReactNode } from 'react';
import { CLIENT_NAMESPACES, type ClientRoute } from './client-namespaces';

/** What the layout's own client parts (the header, error boundary, confirm dialog, submit buttons) need. */
export const BASE_NAMESPACES = ['app', 'errors'] as const;

async function Provider({ namespaces, children }: { namespaces: readonly string[]; children: ReactNode }) {
  const all = (await getMessages()) as Record<string, unknown>;
  const picked = Object.fromEntries(namespaces.map((ns) => [ns, all[ns]]));
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>;
}

/**
 * The messages the browser gets: only the namespaces the client components below use, since every message
 * sent is in every page's payload (the whole catalogue was 30 KB of each response). Around the layout it
 * gives the base; a page with client components of its own wraps them with its route, whose namespaces
 * client-namespaces.test.ts derives from the code.
 */
export function ClientMessages({ route, children }: { route?: ClientRoute; children: ReactNode }) {
  const namespaces = route ? [...BASE_NAMESPACES, ...CLIENT_NAMESPACES[route]] : BASE_NAMESPACES;
  return <Provider namespaces={namespaces}>{children}</Provider>;
}
