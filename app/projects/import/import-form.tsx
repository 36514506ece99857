'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { LEDGER_FIELD_KEYS, MONEY_KEYS } from '@/lib/import/ledger-fields';
import type { LedgerPreview, PreviewRow } from '@/lib/import/preview-shape';

type Step = 'idle' | 'reading' | 'importing';
type Answer =
  | { ok: true; preview: LedgerPreview }
  | { ok: true; data: Record<string, number> }
  | { ok: false; message: string };

const UNITS = [
  [0, 'wan'],
  [4, 'yi'],
  [-4, 'yuan'],
] as const;
const PAGE = 100;
const BADGE: Record<PreviewRow['action'], string> = {
  create: 'bg-green-100 text-green-900',
  update: 'bg-amber-100 text-amber-900',
  same: 'bg-slate-100 text-slate-700',
  invalid: 'bg-red-100 text-red-900',
};

/** The route's answer; a network failure or a body that is not JSON becomes a refusal in words. */
async function send(form: FormData, offline: string): Promise<{ status: number; answer: Answer }> {
  try {
    const response = await fetch('/api/import/ledger', { method: 'POST', body: form });
    const answer = (await response.json().catch(() => null)) as Answer | null;
    return { status: response.status, answer: answer ?? { ok: false, message: `HTTP ${response.status}` } };
  } catch {
    return { status: 0, answer: { ok: false, message: offline } };
  }
}

/**
 * The import in two steps: preview (read the file, show what each row would do and every problem), then
 * confirm (the same file and choices again, written all or nothing). Changing any choice asks for a new
 * preview: the import writes only the plan that was shown.
 */
export function ImportForm({ zones, planYear }: { zones: { id: number; name: string }[]; planYear: number }) {
  const t = useTranslations('ledgerImport');
  const [file, setFile] = useState<File | null>(null);
  const [zoneId, setZoneId] = useState(zones[0]?.id ?? 0);
  const [year, setYear] = useState(planYear);
  const [createMissing, setCreateMissing] = useState(false);
  const [columns, setColumns] = useState<Record<string, number>>({});
  const [units, setUnits] = useState<Record<string, number>>({});
  const [choices, setChoices] = useState<Record<string, number>>({});
  const [preview, setPreview] = useState<LedgerPreview | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [step, setStep] = useState<Step>('idle');
  const [onlyChanges, setOnlyChanges] = useState(true);
  const [shown, setShown] = useState(PAGE);

  const formOf = (which: 'preview' | 'import') => {
    const form = new FormData();
    form.set('step', which);
    form.set(
      'options',
      JSON.stringify({ zoneId, planYear: year, createMissing, mapping: { columns, units }, choices }),
    );
    if (file) form.set('file', file);
    if (preview) form.set('fingerprint', preview.fingerprint);
    return form;
  };
  // A choice changed after the preview: the preview stays in view (with its mapping and name pickers) but
  // can no longer be confirmed until it is read again with the new choices.
  const [stale, setStale] = useState(false);
  const changed =
    <V,>(set: (v: V) => void) =>
    (v: V) => {
      set(v);
      setStale(true);
      setMessage(null);
    };

  async function readFile() {
    if (!file) return setMessage({ ok: false, text: t('file.required') });
    setStep('reading');
    setMessage(null);
    const { answer } = await send(formOf('preview'), t('offline'));
    setStep('idle');
    if (!answer.ok) {
      setPreview(null);
      return setMessage({ ok: false, text: answer.message });
    }
    if ('preview' in answer) {
      setPreview(answer.preview);
      setStale(false);
      setShown(PAGE);
    }
  }

  async function confirm() {
    setStep('importing');
    const { status, answer } = await send(formOf('import'), t('offline'));
    setStep('idle');
    if (!answer.ok) {
      // Stale (409) or refused: the preview shown is no longer what would be written.
      if (status !== 0) setPreview(null);
      return setMessage({ ok: false, text: answer.message });
    }
    if ('data' in answer) {
      setPreview(null);
      setMessage({ ok: true, text: t('done', answer.data) });
    }
  }

  const rows = preview?.rows.filter((r) => !onlyChanges || r.action !== 'same') ?? [];
  const field = 'block text-sm font-medium text-slate-700';
  const input = 'mt-1 block w-full rounded border border-slate-300 px-2 py-1.5 text-sm';

  return (
    <div className="space-y-4">
      <div className="grid gap-3 rounded border border-slate-200 bg-white p-3 sm:grid-cols-2">
        {zones.length > 1 && (
          <label className={field}>
            {t('zone')}
            <select
              className={input}
              value={zoneId}
              onChange={(e) => changed(setZoneId)(Number(e.target.value))}
            >
              {zones.map((z) => (
                <option key={z.id} value={z.id}>
                  {z.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className={field}>
          {t('planYear')}
          <input
            type="number"
            className={input}
            value={year}
            min={2000}
            max={2100}
            onChange={(e) => changed(setYear)(Number(e.target.value))}
          />
        </label>
        <label className={`${field} sm:col-span-2`}>
          {t('file.label')}
          <input
            type="file"
            name="file"
            accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            className={`${input} max-w-full`}
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setPreview(null);
              setMessage(null);
              setColumns({});
              setUnits({});
              setChoices({});
            }}
          />
        </label>
        <label className="flex items-start gap-2 text-sm sm:col-span-2">
          <input
            type="checkbox"
            className="mt-1"
            checked={createMissing}
            onChange={(e) => changed(setCreateMissing)(e.target.checked)}
          />
          <span>{t('createMissing')}</span>
        </label>
        <div className="sm:col-span-2">
          <button
            type="button"
            onClick={readFile}
            disabled={step !== 'idle'}
            className="rounded bg-slate-800 px-4 py-2 text-sm font-medium text-white disabled:opacity-50"
          >
            {step === 'reading' ? t('previewing') : t('preview')}
          </button>
        </div>
      </div>

      {message && (
        <p
          role="status"
          data-testid="import-message"
          className={`rounded p-3 text-sm ${message.ok ? 'bg-green-50 text-green-900' : 'bg-red-50 text-red-900'}`}
        >
          {message.text}
          {message.ok && (
            <>
              {' '}
              <Link href="/projects" className="underline">
                →
              </Link>
            </>
          )}
        </p>
      )}

      {preview && (
        <section className="space-y-3" data-testid="import-preview">
          <p className="text-sm font-medium" data-testid="import-summary">
            {t('summary', { rows: preview.rows.length, ...preview.counts })}
          </p>
          {preview.newParks.length > 0 && (
            <p className="text-sm">{t('newParks', { names: preview.newParks.join('、') })}</p>
          )}
          {preview.newEnterprises.length > 0 && (
            <p className="text-sm break-words">
              {t('newEnterprises', { names: preview.newEnterprises.join('、') })}
            </p>
          )}

          <details className="rounded border border-slate-200 bg-white p-3 text-sm">
            <summary className="cursor-pointer font-medium">
              {t('mapping', { row: preview.headerRow, sheet: preview.sheet })}
            </summary>
            <p className="mt-1 text-slate-600">{t('mappingHint')}</p>
            <div className="mt-2 grid gap-2 sm:grid-cols-3">
              {LEDGER_FIELD_KEYS.map((key) => (
                <label key={key} className="block">
                  {t(`fields.${key}`)}
                  <select
                    className={input}
                    value={columns[key] ?? preview.columns[key] ?? -1}
                    onChange={(e) => changed(setColumns)({ ...columns, [key]: Number(e.target.value) })}
                  >
                    <option value={-1}>{t('notInFile')}</option>
                    {preview.labels.map((label, i) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: columns are positions
                      <option key={i} value={i}>
                        {label || `#${i + 1}`}
                      </option>
                    ))}
                  </select>
                </label>
              ))}
              {MONEY_KEYS.map((key) => (
                <label key={key} className="block">
                  {t('unit', { field: t(`fields.${key}`) })}
                  <select
                    className={input}
                    value={units[key] ?? preview.units[key] ?? 0}
                    onChange={(e) => changed(setUnits)({ ...units, [key]: Number(e.target.value) })}
                  >
                    {UNITS.map(([power, name]) => (
                      <option key={name} value={power}>
                        {t(`units.${name}`)}
                      </option>
                    ))}
                  </select>
                </label>
              ))}
            </div>
          </details>

          {preview.ambiguities.map((a) => (
            <label key={a.name} className="block rounded border border-amber-300 bg-amber-50 p-3 text-sm">
              {t('ambiguous', { name: a.name })}
              <select
                className={input}
                value={choices[a.name] ?? ''}
                onChange={(e) => changed(setChoices)({ ...choices, [a.name]: Number(e.target.value) })}
              >
                <option value="">{t('choose')}</option>
                {a.candidates.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.label}
                  </option>
                ))}
              </select>
            </label>
          ))}

          {stale ? (
            <div className="flex flex-wrap items-center gap-2 rounded bg-amber-50 p-3 text-sm text-amber-900">
              <span>{t('stalePreview')}</span>
              <button
                type="button"
                onClick={readFile}
                disabled={step !== 'idle'}
                className="rounded bg-slate-800 px-3 py-1.5 text-white disabled:opacity-50"
              >
                {t('previewAgain')}
              </button>
            </div>
          ) : preview.problemCount > 0 ? (
            <p className="rounded bg-red-50 p-3 text-sm text-red-900" data-testid="import-problems">
              {t('fixFirst', { count: preview.problemCount })}
            </p>
          ) : (
            <button
              type="button"
              onClick={confirm}
              disabled={step !== 'idle'}
              className="rounded bg-red-800 px-4 py-2 text-sm font-medium text-white disabled:opacity-50"
            >
              {step === 'importing' ? t('importing') : t('confirm', { count: preview.rows.length })}
            </button>
          )}

          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" checked={onlyChanges} onChange={(e) => setOnlyChanges(e.target.checked)} />
            {t('onlyChanges')}
          </label>
          <ul className="space-y-2" data-testid="import-rows">
            {rows.slice(0, shown).map((r) => (
              <li
                key={r.line}
                className="rounded border border-slate-200 bg-white p-3 text-sm"
                data-action={r.action}
              >
                <div className="flex flex-wrap items-baseline gap-2">
                  <span className="text-slate-500">{t('row', { line: r.line })}</span>
                  <span className={`rounded px-1.5 py-0.5 text-xs ${BADGE[r.action]}`}>
                    {t(`rowActions.${r.action}`)}
                  </span>
                  <span className="min-w-0 break-words font-medium">{r.name}</span>
                </div>
                {[...r.problems, ...r.changes, ...r.notes].length > 0 && (
                  <ul className="mt-1 list-disc space-y-0.5 pl-5 break-words">
                    {r.problems.map((p) => (
                      <li key={p} className="text-red-800">
                        {p}
                      </li>
                    ))}
                    {r.changes.map((c) => (
                      <li key={c}>{c}</li>
                    ))}
                    {r.notes.map((n) => (
                      <li key={n} className="text-slate-600">
                        {n}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
          {rows.length > shown && (
            <button type="button" className="text-sm underline" onClick={() => setShown(shown + PAGE)}>
              {t('showMore', { count: Math.min(PAGE, rows.length - shown) })}
            </button>
          )}
        </section>
      )}
    </div>
  );
}
