import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db';
import { requireViewer } from '@/lib/auth/session';
import { projectTimeline, TIMELINE_PAGE_SIZE } from '@/lib/queries/timeline';
import { Pager } from '../../_components/pager';
import { TimelineList } from '../../_components/timeline-list';

/**
 * 项目动态: the project's changes from the audit log, newest first, a page at a time. It reads them itself,
 * scoped by the viewer, so it shows nothing of a project out of the viewer's reach whoever renders it.
 */
export async function TimelineSection(props: {
  projectId: number;
  /** 1-based; parse the search param with parsePage (lib/validation/feed-params.ts). */
  page: number;
  /** The project page's URL showing another page of the timeline. */
  hrefOf: (page: number) => string;
}) {
  const viewer = await requireViewer();
  const [t, timeline] = await Promise.all([
    getTranslations(),
    projectTimeline(await getDb(), viewer, props.projectId, { page: props.page }),
  ]);
  // A page past the end (a link made when there were more, or typed): back to the first.
  if (timeline.entries.length === 0 && props.page > 1) redirect(props.hrefOf(1));
  return (
    <section
      id="timeline"
      className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm"
      data-testid="timeline-section"
    >
      <h2 className="text-lg font-semibold">{t('timeline.title')}</h2>
      {timeline.entries.length === 0 ? (
        <p className="text-slate-500">{t('timeline.empty')}</p>
      ) : (
        <TimelineList items={timeline.entries} showProject={false} />
      )}
      <Pager page={props.page} total={timeline.total} href={props.hrefOf} size={TIMELINE_PAGE_SIZE} />
    </section>
  );
}
