import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { entryText } from '@/lib/domain/timeline-text';
import type { TimelineItem } from '@/lib/queries/timeline';

/**
 * Entries of the audit log in words, as a list that reads on a phone: when and who on one line, what below,
 * the lines of a plan change or a note under it. The feed names each entry's project, linking to it.
 */
export async function TimelineList(props: { items: TimelineItem[]; showProject: boolean }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  return (
    <ol className="divide-y divide-slate-100" data-testid="timeline">
      {props.items.map((item) => {
        const { headline, details } = entryText(t, item.entry);
        const area = item.entry.area;
        return (
          <li key={item.id} className="space-y-0.5 py-2 text-sm" data-testid="timeline-entry">
            <div className="flex flex-wrap items-baseline gap-x-2 text-slate-500">
              {/* The zone's clock (the request's time zone is Asia/Shanghai), whatever the server's. */}
              <time dateTime={item.at.toISOString()}>
                {format.dateTime(item.at, { dateStyle: 'medium', timeStyle: 'short' })}
              </time>
              <span className="font-medium text-slate-800">{item.actorName ?? t('timeline.system')}</span>
              {area && (
                <span className="rounded bg-slate-100 px-1.5 text-xs text-slate-600" data-area={area}>
                  {t(`timeline.areas.${area}`)}
                </span>
              )}
            </div>
            {props.showProject && (
              <Link
                href={`/projects/${item.projectId}`}
                className="block font-medium break-words text-red-900 hover:underline"
              >
                {item.projectName}
              </Link>
            )}
            <p className="break-words">{headline}</p>
            {details.length > 0 && (
              <ul className="list-disc break-words pl-5 text-slate-700">
                {details.map((text, i) => (
                  // Lines of one entry keep their order and may repeat, so their place is their key.
                  // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list, rendered once, never reordered
                  <li key={i}>{text}</li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}
