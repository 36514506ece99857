'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';

const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;

/**
 * Downloads a report file while showing how much has arrived: a large zone's export takes a while, and a
 * page that seems frozen gets clicked again.
 */
export function DownloadButton({ href, label, testId }: { href: string; label: string; testId: string }) {
  const t = useTranslations('weeklyReport');
  const [received, setReceived] = useState<number | null>(null);
  const [failed, setFailed] = useState(false);

  async function download() {
    setFailed(false);
    setReceived(0);
    try {
      const response = await fetch(href);
      if (!response.ok || !response.body) throw new Error(String(response.status));
      const reader = response.body.getReader();
      const chunks: Uint8Array[] = [];
      let total = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        total += value.length;
        setReceived(total);
      }
      const name = /filename\*=UTF-8''([^;]+)/.exec(response.headers.get('Content-Disposition') ?? '')?.[1];
      const url = URL.createObjectURL(
        new Blob(chunks as BlobPart[], { type: response.headers.get('Content-Type') ?? '' }),
      );
      const a = document.createElement('a');
      a.href = url;
      a.download = name ? decodeURIComponent(name) : 'report';
      a.click();
      URL.revokeObjectURL(url);
    } catch {
      setFailed(true);
    } finally {
      setReceived(null);
    }
  }

  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        onClick={download}
        disabled={received !== null}
        className="rounded border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-50 disabled:opacity-60"
        data-testid={testId}
      >
        {label}
      </button>
      {received !== null && <span className="text-slate-500">{t('preparing', { size: kb(received) })}</span>}
      {failed && <span className="text-red-700">{t('failed')}</span>}
    </span>
  );
}
