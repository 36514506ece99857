import { DEFAULT_LOCALE } from '@/lib/i18n/config';
import { translatorFor } from '@/lib/i18n/messages';
import type { RobotMessage } from './robots';

/**
 * A 催报 as the zone's work group reads it: in the zone's language (a group has no one reader's setting),
 * with a link back to the app when its address is configured (APP_BASE_URL).
 */
export function chaseRobotMessage(chase: {
  actorName: string;
  weekStart: string;
  projectNames: string[];
  message: string;
}): RobotMessage {
  const t = translatorFor(DEFAULT_LOCALE);
  const projects = new Intl.ListFormat(DEFAULT_LOCALE, { type: 'conjunction' }).format(chase.projectNames);
  const base = process.env.APP_BASE_URL?.replace(/\/+$/, '');
  const lines = [
    t('chase.robotText', { actorName: chase.actorName, week: chase.weekStart, projects }),
    ...(chase.message ? [t('chase.robotWord', { message: chase.message })] : []),
    ...(base ? [t('chase.robotLink', { url: `${base}/weekly` })] : []),
  ];
  return { title: t('chase.robotTitle', { count: chase.projectNames.length }), text: lines.join('\n\n') };
}
