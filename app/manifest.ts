import type { MetadataRoute } from 'next';
import { getTranslations } from 'next-intl/server';

/**
 * Installable on a phone's home screen: it opens full screen at the viewer's first screen. No service worker:
 * nothing is cached or written while offline, so no report is ever filed against stale data.
 */
export default async function manifest(): Promise<MetadataRoute.Manifest> {
  const t = await getTranslations('app');
  return {
    name: t('name'),
    short_name: t('name'),
    start_url: '/',
    display: 'standalone',
    background_color: '#f8fafc',
    theme_color: '#991b1b',
    icons: [{ src: '/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
  };
}
