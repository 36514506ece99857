'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';

type State =
  | { kind: 'idle' }
  | { kind: 'loading'; bytes: number }
  | { kind: 'saved'; name: string }
  | { kind: 'failed'; message: string };

/** The file name the server gave (RFC 5987 `filename*` first, the plain ASCII one else). */
function fileNameOf(disposition: string | null, fallback: string): string {
  const encoded = disposition?.match(/filename\*=UTF-8''([^;]+)/i)?.[1];
  if (encoded) {
    try {
      return decodeURIComponent(encoded);
    } catch {
      // a malformed escape: the plain name below
    }
  }
  return disposition?.match(/filename="([^"]+)"/i)?.[1] ?? fallback;
}

/**
 * 一项目一档: fetches the dossier PDF and shows how much has arrived while the server draws it (its length is
 * not known before the end), then saves it under the server's file name.
 */
export function DossierButton({ projectId }: { projectId: number }) {
  const t = useTranslations();
  const [state, setState] = useState<State>({ kind: 'idle' });

  async function download() {
    setState({ kind: 'loading', bytes: 0 });
    try {
      const response = await fetch(`/api/projects/${projectId}/dossier`, { cache: 'no-store' });
      if (!response.ok || !response.body) {
        // The 503 (no font on the server) carries its own message in the reader's language.
        const message = response.status === 503 ? await response.text() : t('dossier.failed');
        setState({ kind: 'failed', message });
        return;
      }
      const reader = response.body.getReader();
      const parts: Uint8Array<ArrayBuffer>[] = [];
      let bytes = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        parts.push(value);
        bytes += value.length;
        setState({ kind: 'loading', bytes });
      }
      const name = fileNameOf(response.headers.get('Content-Disposition'), `dossier-${projectId}.pdf`);
      const url = URL.createObjectURL(new Blob(parts, { type: 'application/pdf' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = name;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setState({ kind: 'saved', name });
    } catch {
      setState({ kind: 'failed', message: t('dossier.failed') });
    }
  }

  const busy = state.kind === 'loading';
  return (
    <div className="flex min-w-0 flex-wrap items-center gap-x-3 gap-y-1 text-sm print:hidden">
      <button
        type="button"
        onClick={download}
        disabled={busy}
        title={t('dossier.hint')}
        className="rounded border border-slate-300 bg-white px-3 py-1.5 disabled:opacity-60"
        data-testid="dossier-download"
      >
        {t('dossier.download')}
      </button>
      <span role="status" aria-live="polite" className="min-w-0 break-words" data-testid="dossier-state">
        {state.kind === 'loading' &&
          (state.bytes === 0
            ? t('dossier.starting')
            : t('dossier.received', { kb: Math.ceil(state.bytes / 1024) }))}
        {state.kind === 'saved' && t('dossier.saved', { name: state.name })}
        {state.kind === 'failed' && <span className="text-light-red">{state.message}</span>}
      </span>
    </div>
  );
}
