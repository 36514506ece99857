'use client';

import { useRouter } from 'next/navigation';
import { LOCALE_COOKIE, LOCALES } from '@/lib/i18n/config';

const NAMES: Record<(typeof LOCALES)[number], string> = { 'zh-CN': '中文', en: 'English' };

/** The language is a cookie, not part of the URL, so a shared link opens in each reader's own language. */
export function LocaleSwitcher({ current, label }: { current: string; label: string }) {
  const router = useRouter();
  return (
    <select
      aria-label={label}
      value={current}
      className="min-h-11 rounded border border-slate-300 bg-white px-2"
      onChange={(e) => {
        // biome-ignore lint/suspicious/noDocumentCookie: a plain preference cookie, read by the server per request
        document.cookie = `${LOCALE_COOKIE}=${e.target.value}; path=/; max-age=31536000; samesite=lax`;
        router.refresh();
      }}
    >
      {LOCALES.map((l) => (
        <option key={l} value={l}>
          {NAMES[l]}
        </option>
      ))}
    </select>
  );
}
