import { readdirSync } from 'node:fs';
import path from 'node:path';

/** Who opens a page in the whole-app checks (JS budget, accessibility): null is signed out. */
export type Reader = 'xu' | 'duban' | 'shangwu' | 'admin' | null;

export interface AppPage {
  /** The route as under app/ (`/projects/[id]`). */
  route: string;
  /** A URL of it that opens on the demo data. */
  url: string;
  reader: Reader;
  /** It has forms, whose code loads on first use (forms-on-first-use.spec.ts): not part of its first load. */
  forms?: true;
}

/** Every page.tsx under app/, as a route; route groups `(name)` and private `_folders` are no part of a URL. */
export function pageRoutes(dir = path.resolve('app'), prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) {
      if (entry.name.startsWith('_')) return [];
      const next = entry.name.startsWith('(') ? prefix : `${prefix}/${entry.name}`;
      return pageRoutes(path.join(dir, entry.name), next);
    }
    return entry.name === 'page.tsx' ? [prefix || '/'] : [];
  });
}

/**
 * Each page with the reader who sees most of it on the demo data: xu is a liaison of project 1 (日盛达, files
 * its week), duban the zone's supervisor, shangwu the city, admin manages accounts and creates projects.
 * A page added under app/ must be added here: the specs fail on a route missing from this list.
 */
export const APP_PAGES: AppPage[] = [
  { route: '/login', url: '/login', reader: null, forms: true },
  { route: '/logout', url: '/logout', reader: 'xu' },
  { route: '/my', url: '/my', reader: 'xu' },
  { route: '/city', url: '/city', reader: 'shangwu' },
  { route: '/dashboard', url: '/dashboard', reader: 'duban' },
  { route: '/dashboard/blockers', url: '/dashboard/blockers', reader: 'duban' },
  { route: '/dashboard/investment', url: '/dashboard/investment', reader: 'duban' },
  { route: '/dashboard/kpi', url: '/dashboard/kpi?kpi=signedStarted', reader: 'duban' },
  { route: '/dashboard/lights', url: '/dashboard/lights?light=red', reader: 'duban' },
  { route: '/projects', url: '/projects', reader: 'duban' },
  { route: '/projects/[id]', url: '/projects/1', reader: 'duban', forms: true },
  { route: '/projects/[id]/week', url: '/projects/1/week', reader: 'xu', forms: true },
  { route: '/projects/new', url: '/projects/new', reader: 'admin', forms: true },
  { route: '/projects/import', url: '/projects/import', reader: 'duban' },
  { route: '/blockers', url: '/blockers', reader: 'duban' },
  { route: '/blockers/[id]', url: '/blockers/1', reader: 'duban', forms: true },
  { route: '/supervision', url: '/supervision', reader: 'duban' },
  { route: '/supervision/[id]', url: '/supervision/1', reader: 'duban', forms: true },
  { route: '/campaigns', url: '/campaigns', reader: 'duban', forms: true },
  { route: '/changes', url: '/changes', reader: 'duban' },
  { route: '/contacts', url: '/contacts', reader: 'duban' },
  { route: '/plan-requests', url: '/plan-requests', reader: 'duban' },
  { route: '/notifications', url: '/notifications', reader: 'xu' },
  { route: '/profile', url: '/profile', reader: 'xu', forms: true },
  { route: '/weekly', url: '/weekly', reader: 'duban' },
  { route: '/reports/weekly', url: '/reports/weekly', reader: 'duban', forms: true },
  { route: '/reports/weekly/print', url: '/reports/weekly/print', reader: 'shangwu' },
  { route: '/search', url: '/search?q=%E5%85%89%E4%BC%8F', reader: 'duban' },
  { route: '/admin/users', url: '/admin/users', reader: 'admin', forms: true },
  { route: '/admin/users/[id]', url: '/admin/users/2', reader: 'admin', forms: true },
  { route: '/admin/channels', url: '/admin/channels', reader: 'admin', forms: true },
  { route: '/admin/reminders', url: '/admin/reminders', reader: 'admin', forms: true },
  { route: '/indicators', url: '/indicators', reader: 'shangwu', forms: true },
  { route: '/indicators/zones/[id]', url: '/indicators/zones/1', reader: 'duban' },
  { route: '/indicators/zones/[id]/file', url: '/indicators/zones/1/file', reader: 'duban', forms: true },
  { route: '/admin/indicators', url: '/admin/indicators', reader: 'shangwu' },
  { route: '/bench/floor', url: '/bench/floor', reader: 'xu' },
];

/** The readers in the order their pages are visited, so each signs in once. */
export const READERS: Reader[] = [...new Set(APP_PAGES.map((p) => p.reader))];
