import { SUPERVISION_STATUSES } from '@/lib/domain/supervision-notice';
import { listPage } from './fields';
import { orDefault, urlId } from './request-params';
import { z } from './zod';

// The 督办单 list's URL (/supervision?status=&page=): a status or `overdue`; anything else is the whole list.

export const NOTICE_FILTERS = [...SUPERVISION_STATUSES, 'overdue'] as const;

export const noticeListParamsSchema = z.object({
  status: z.enum(NOTICE_FILTERS).optional().catch(undefined),
  page: listPage(),
  /** A city account's zone picker; missing or malformed: the whole city. */
  zone: orDefault(urlId()),
});
export type NoticeListParams = z.output<typeof noticeListParamsSchema>;

/** The query string of the list, defaults left out. */
export function noticeListQuery(p: NoticeListParams): string {
  const q = new URLSearchParams();
  if (p.zone) q.set('zone', String(p.zone));
  if (p.status) q.set('status', p.status);
  if (p.page > 1) q.set('page', String(p.page));
  return q.toString();
}
