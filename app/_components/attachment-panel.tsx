'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useId, useState, useTransition } from 'react';
import { removeAttachment } from '@/lib/actions/attachments';
import { AttachmentGrid, type GridItem, type PanelItem } from './attachment-grid';
import { useConfirm } from './confirm-dialog';

/** The target's fields as the upload route reads them, e.g. { on: 'blocker', blockerId: 7 }. */
export type UploadTarget = Record<string, string | number>;

const ACCEPT = 'image/*,application/pdf,.pdf,.xlsx,.docx';

/** Sends one file; a network failure is tried once more under the same key, so it cannot store two. */
async function uploadOne(file: File, target: UploadTarget, networkFailed: string) {
  // Fetched when a file is chosen, not with the page: the week page is at its script budget.
  const { downscaleForUpload } = await import('@/lib/attachments/downscale');
  const out = await downscaleForUpload(file);
  const form = new FormData();
  for (const [key, value] of Object.entries(target)) form.set(key, String(value));
  if (out.takenAt) form.set('takenAt', out.takenAt);
  form.set('clientKey', crypto.randomUUID());
  form.set('file', out.body, out.name);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const response = await fetch('/api/attachments', { method: 'POST', body: form });
      const answer = (await response.json().catch(() => null)) as { ok?: boolean; message?: string } | null;
      return answer?.ok ? null : (answer?.message ?? networkFailed);
    } catch {
      // Offline or cut off: the next attempt, or the message.
    }
  }
  return networkFailed;
}

/**
 * Photos and files of one week's filing, milestone or blocker, with 拍照 (the phone's camera) and a picker
 * for several photos or files. Each goes up on its own, so one refused file does not stop the rest, and the
 * page is refreshed once they are all in.
 */
export function AttachmentPanel({
  target,
  items,
  canAdd,
  title,
}: {
  target: UploadTarget;
  items: PanelItem[];
  canAdd: boolean;
  title: string;
}) {
  const t = useTranslations('attachments');
  const router = useRouter();
  const headingId = useId();
  const [busy, setBusy] = useState(false);
  const [, startTransition] = useTransition();
  const [status, setStatus] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const { ask, dialog } = useConfirm();

  const upload = async (files: File[]) => {
    if (files.length === 0) return;
    setBusy(true);
    setProblems([]);
    const refused: string[] = [];
    for (const [i, file] of files.entries()) {
      setStatus(t('uploading', { done: i, total: files.length }));
      const problem = await uploadOne(file, target, t('networkFailed'));
      if (problem) refused.push(t('failed', { name: file.name, reason: problem }));
    }
    setProblems(refused);
    setStatus(t('uploaded', { count: files.length - refused.length }));
    setBusy(false);
    startTransition(() => router.refresh());
  };

  const remove = async (item: GridItem) => {
    if (!(await ask({ message: t('removeConfirm', { name: item.fileName }), confirmLabel: t('remove') })))
      return;
    const result = await removeAttachment({ attachmentId: item.id });
    setStatus(result.ok ? t('removed') : result.message);
    startTransition(() => router.refresh());
  };

  const pick = (event: React.ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.currentTarget.files ?? [])];
    event.currentTarget.value = '';
    void upload(files);
  };
  const button =
    'inline-flex min-h-11 cursor-pointer items-center rounded border border-slate-300 bg-white px-3 text-sm font-medium has-[:disabled]:opacity-50';
  const removable = new Set(items.filter((i) => i.removable).map((i) => i.id));
  return (
    <section aria-labelledby={headingId} className="space-y-2" data-testid="attachment-panel">
      <h3 id={headingId} className="text-sm font-semibold">
        {title}
      </h3>
      {items.length > 0 ? (
        <AttachmentGrid
          items={items}
          openLabel={(item) => t(item.kind === 'photo' ? 'open' : 'download', { name: item.fileName })}
          extra={(item) =>
            removable.has(item.id) && (
              <button
                type="button"
                className="min-h-11 text-red-700 underline"
                onClick={() => void remove(item)}
                aria-label={`${t('remove')} ${item.fileName}`}
              >
                {t('remove')}
              </button>
            )
          }
        />
      ) : (
        <p className="text-sm text-slate-500">{t('none')}</p>
      )}
      {canAdd && (
        <div className="flex flex-wrap gap-2">
          <label className={button}>
            {t('takePhoto')}
            <input
              type="file"
              accept="image/*"
              capture="environment"
              className="sr-only"
              disabled={busy}
              onChange={pick}
              data-testid="attachment-camera"
            />
          </label>
          <label className={button}>
            {t('chooseFiles')}
            <input
              type="file"
              accept={ACCEPT}
              multiple
              className="sr-only"
              disabled={busy}
              onChange={pick}
              data-testid="attachment-input"
            />
          </label>
        </div>
      )}
      {canAdd && <p className="text-xs text-slate-500">{t('hint')}</p>}
      <p role="status" className="text-sm" data-testid="attachment-status">
        {status}
      </p>
      {problems.length > 0 && (
        <ul className="space-y-1 text-sm text-red-700" data-testid="attachment-problems">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      {dialog}
    </section>
  );
}
