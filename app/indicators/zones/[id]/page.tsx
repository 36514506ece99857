import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db';
import { can } from '@/lib/auth/permissions';
import { requireViewer } from '@/lib/auth/session';
import { formatQuantity, type Quantity } from '@/lib/domain/indicators';
import { currentQuarter, zoneSeries } from '@/lib/queries/indicators';
import { parseRouteId } from '@/lib/validation/request-params';

/** A small line chart of one indicator over the quarters: inline SVG, no script, scales to its box. */
function Sparkline(props: { points: (Quantity | null)[]; label: string }) {
  const values = props.points.filter((p): p is Quantity => p !== null);
  if (values.length === 0) return null;
  const w = 240;
  const h = 56;
  const max = Math.max(...values);
  const min = Math.min(0, ...values);
  const span = max - min || 1;
  const step = props.points.length > 1 ? w / (props.points.length - 1) : 0;
  const coords = props.points.flatMap((p, i) =>
    p === null ? [] : [[i * step, h - 4 - ((p - min) / span) * (h - 8)] as const],
  );
  return (
    <svg viewBox={`-4 0 ${w + 8} ${h}`} className="h-14 w-full" role="img" aria-label={props.label}>
      <polyline
        points={coords.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ')}
        fill="none"
        stroke="#991b1b"
        strokeWidth="2"
      />
      {coords.map(([x, y]) => (
        <circle key={`${x}`} cx={x} cy={y} r="3" fill="#991b1b" />
      ))}
    </svg>
  );
}

/** A zone's indicators over every quarter it filed, each with a small chart. */
export default async function ZoneIndicatorsPage(props: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const zoneId = parseRouteId((await props.params).id) ?? notFound();
  const [t, series] = await Promise.all([getTranslations(), zoneSeries(await getDb(), viewer, zoneId)]);
  if (!series) notFound();
  const now = currentQuarter();
  const label = (q: { year: number; quarter: number }) => t('indicators.quarterShort', q);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <h1 className="text-2xl font-semibold [overflow-wrap:anywhere]">
          {t('indicators.seriesTitle', { zone: series.zone.name })}
        </h1>
        <span className="flex flex-wrap gap-3 text-sm">
          {can(viewer, 'indicator.file', { zoneId }) && (
            <Link
              href={`/indicators/zones/${zoneId}/file?year=${now.year}&quarter=${now.quarter}`}
              className="text-red-800 underline"
            >
              {t('indicators.file')}
            </Link>
          )}
          <Link href="/indicators" className="text-slate-700 underline">
            {t('indicators.backToTable')}
          </Link>
        </span>
      </div>
      {series.quarters.length === 0 ? (
        <p className="text-slate-500">{t('indicators.seriesEmpty')}</p>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3" data-testid="indicator-series">
          {series.defs.map((d) => {
            const points = series.quarters.map((q) => q.values.get(d.id) ?? null);
            const last = series.quarters.at(-1);
            const lastValue = last?.values.get(d.id);
            return (
              <li key={d.id} className="min-w-0 rounded-lg border border-slate-200 bg-white p-3">
                <p className="flex justify-between gap-2 text-sm">
                  <span className="font-medium">{d.name}</span>
                  <span className="text-slate-600">{d.unit}</span>
                </p>
                <p className="text-lg font-semibold tabular-nums">
                  {lastValue === undefined ? '—' : formatQuantity(lastValue, d.decimals)}
                  {last && <span className="ml-2 text-xs font-normal text-slate-500">{label(last)}</span>}
                </p>
                <Sparkline points={points} label={d.name} />
                <details className="text-xs text-slate-600">
                  <summary className="cursor-pointer py-1">{t('indicators.zonePage')}</summary>
                  <ul>
                    {series.quarters.map((q) => {
                      const v = q.values.get(d.id);
                      return (
                        <li key={`${q.year}-${q.quarter}`} className="flex justify-between tabular-nums">
                          <span>{label(q)}</span>
                          <span>{v === undefined ? '—' : formatQuantity(v, d.decimals)}</span>
                        </li>
                      );
                    })}
                  </ul>
                </details>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
