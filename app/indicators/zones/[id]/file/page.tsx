import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db';
import { can } from '@/lib/auth/permissions';
import { requireViewer } from '@/lib/auth/session';
import { ClientMessages } from '@/lib/i18n/client-messages';
import { currentQuarter, zoneFiling } from '@/lib/queries/indicators';
import { quarterParamsSchema } from '@/lib/validation/indicators';
import { parseRouteId, type SearchParamsProp, searchParamsOf } from '@/lib/validation/request-params';
import { QuarterPicker } from '../../../quarter-picker';
import { FilingForm } from './lazy-forms';

/** A zone's figures of one quarter, all in one form: its admin or supervisor, or the city's. */
export default async function FileIndicatorsPage(props: {
  params: Promise<{ id: string }>;
  searchParams: SearchParamsProp;
}) {
  const viewer = await requireViewer();
  const zoneId = parseRouteId((await props.params).id) ?? notFound();
  const params = searchParamsOf(quarterParamsSchema, await props.searchParams);
  const now = currentQuarter();
  const q = { year: params.year ?? now.year, quarter: params.quarter ?? now.quarter };
  const [t, filing] = await Promise.all([getTranslations(), zoneFiling(await getDb(), viewer, zoneId, q)]);
  if (!filing || !can(viewer, 'indicator.file', { zoneId })) notFound();
  const quarterLabel = t('indicators.quarterLabel', q);
  return (
    <ClientMessages route="indicators/zones/[id]/file">
      <div className="max-w-2xl space-y-4">
        <div>
          <h1 className="text-2xl font-semibold [overflow-wrap:anywhere]">
            {t('indicators.filingTitle', { zone: filing.zone.name, quarter: quarterLabel })}
          </h1>
          <p className="text-sm text-slate-600">{t('indicators.filingIntro')}</p>
        </div>
        <QuarterPicker years={[now.year, now.year - 1, now.year - 2]} year={q.year} quarter={q.quarter} />
        {filing.locked && (
          <p
            className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900"
            data-testid="locked"
          >
            {t('indicatorWork.locked')}
          </p>
        )}
        <section className="rounded-lg border border-slate-200 bg-white p-4">
          <FilingForm
            saved={{
              zoneId: filing.zone.id,
              year: q.year,
              quarter: q.quarter,
              version: filing.version,
              values: filing.values,
            }}
            labels={Object.fromEntries(filing.defs.map((d) => [d.id, `${d.name}（${d.unit}）`]))}
          />
        </section>
        <Link
          href={`/indicators?year=${q.year}&quarter=${q.quarter}`}
          className="text-sm text-red-800 underline"
        >
          {t('indicators.backToTable')}
        </Link>
      </div>
    </ClientMessages>
  );
}
