import type { Notice } from './notices';

/**
 * Where a notice takes its reader, as a path in the app: the same for the notification list and for a message
 * sent outside the app (prefixed with APP_BASE_URL there). null when there is nothing to open.
 */
export function noticeHref(
  notice: Pick<Notice, 'blockerId' | 'projectId' | 'payload'> & { kind: Notice['kind'] | null },
): string | null {
  const { kind, payload } = notice;
  if (payload.supervisionId !== undefined) return `/supervision/${payload.supervisionId}`;
  if (notice.blockerId !== null) return `/blockers/${notice.blockerId}`;
  // A 催报 or a filing reminder opens where the week is filed: the project's week, or the official's own list.
  if (kind === 'report_chase' || kind === 'remind_filing') {
    const week = payload.weekStart ? `?week=${payload.weekStart}` : '';
    return notice.projectId !== null ? `/projects/${notice.projectId}/week${week}` : '/my';
  }
  return notice.projectId !== null ? `/projects/${notice.projectId}` : null;
}
