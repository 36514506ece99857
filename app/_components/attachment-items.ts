import { getFormatter, getTranslations } from 'next-intl/server';
import { type AttachmentAccess, can } from '@/lib/auth/permissions';
import type { Viewer } from '@/lib/auth/viewer';
import type { AttachmentItem } from '@/lib/queries/attachments';
import type { PanelItem } from './attachment-grid';

/** A photo is labelled by when it was taken, by the camera's clock; a file by when it was uploaded. */
export async function captionOf() {
  const [t, format] = await Promise.all([getTranslations('attachments'), getFormatter()]);
  return (item: AttachmentItem) =>
    item.takenAt
      ? t('takenAt', { time: item.takenAt.slice(0, 16) })
      : t('uploadedAt', {
          time: format.dateTime(item.uploadedAt, { dateStyle: 'short', timeStyle: 'short' }),
        });
}

/** A panel's items, each with whether this viewer may remove it (the permission map decides). */
export function panelItems(
  items: AttachmentItem[],
  viewer: Viewer,
  access: AttachmentAccess,
  caption: (item: AttachmentItem) => string,
): PanelItem[] {
  return items.map((item) => ({
    id: item.id,
    kind: item.kind,
    fileName: item.fileName,
    caption: caption(item),
    removable: can(viewer, 'attachment.remove', { ...access, uploader: item.uploadedBy === viewer.id }),
  }));
}
