import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db';
import { reportWeekContaining } from '@/lib/domain/report-weeks';
import { projectAttachments } from '@/lib/queries/attachments';
import { AttachmentGrid } from '../../_components/attachment-grid';
import { captionOf } from '../../_components/attachment-items';

/** Shown on the project page; the rest are on the week, milestone and blocker they hang on. */
const SHOWN = 24;

/**
 * 现场照片和附件: the project's newest photos and files from every week's filing, milestone and blocker, each
 * labelled with where it hangs. Server-rendered links only: no script for the project page to carry.
 */
export async function AttachmentsSection({ projectId }: { projectId: number }) {
  const [t, caption, rows] = await Promise.all([
    getTranslations('attachments'),
    captionOf(),
    projectAttachments(await getDb(), projectId, SHOWN),
  ]);
  const whereOf = (row: (typeof rows)[number]) => {
    if (row.weekStart) {
      const week = reportWeekContaining(row.weekStart);
      return t('onWeek', { year: week.year, number: week.number });
    }
    if (row.milestoneName) return t('onMilestone', { name: row.milestoneName });
    return t('onBlocker', { title: row.blockerTitle ?? '' });
  };
  const items = rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    fileName: row.fileName,
    caption: `${whereOf(row)} · ${caption(row)}`,
  }));
  return (
    <section
      className="rounded-lg border border-slate-200 bg-white p-4 text-sm"
      data-testid="project-attachments"
    >
      <h2 className="mb-2 text-lg font-semibold">{t('title')}</h2>
      {items.length > 0 ? (
        <AttachmentGrid
          items={items}
          openLabel={(item) => t(item.kind === 'photo' ? 'open' : 'download', { name: item.fileName })}
        />
      ) : (
        <p className="text-slate-500">{t('none')}</p>
      )}
    </section>
  );
}
