import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { CAMPAIGN_KPIS, type KpiFigure } from '@/lib/domain/kpi';
import type { CampaignKpiFigures } from '@/lib/queries/campaign-kpis';
import { FigureCard } from './figure-card';
import { kpiHref } from './kpi-link';
import { rateText } from './rate-text';

/** "三个一批": the three KPIs over all rounds as cards, then per round in a table; each figure opens its projects. */
export async function KpiSection({ figures, zone }: { figures: CampaignKpiFigures; zone?: number }) {
  const t = await getTranslations();
  const { overall, rounds } = figures;
  const rateOf = (k: KpiFigure) => rateText(t, k.rate);
  const fraction = (k: KpiFigure) =>
    t('dashboard.kpiFraction', { met: k.met.length, listed: k.listed.length });
  return (
    <section className="space-y-3" data-testid="kpis">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="text-lg font-semibold">{t('dashboard.kpiTitle', { count: rounds.length })}</h2>
        <Link href="/campaigns" className="text-sm text-red-900 hover:underline">
          {t('dashboard.manageRounds')}
        </Link>
      </div>
      <div className="grid gap-3 sm:grid-cols-3">
        {overall.map((k) => (
          <FigureCard
            key={k.key}
            label={t(`dashboard.kpiNames.${k.key}`)}
            value={rateOf(k)}
            detail={`${fraction(k)} · ${t(`dashboard.kpiHints.${k.key}`)}`}
            href={kpiHref(k.key, undefined, zone)}
            testId={`kpi-${k.key}`}
          />
        ))}
      </div>
      {rounds.length === 0 ? (
        <p className="text-sm text-slate-500">{t('dashboard.noRounds')}</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <thead className="bg-slate-100 text-slate-600">
              <tr>
                <th className="px-3 py-2">{t('dashboard.round')}</th>
                {CAMPAIGN_KPIS.map((k) => (
                  <th key={k.key} className="px-3 py-2 text-right">
                    {t(`dashboard.kpiNames.${k.key}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rounds.map(({ round, kpis }) => (
                <tr key={round.id} className="border-t border-slate-100" data-testid="kpi-round">
                  <td className="px-3 py-2">
                    <div className="font-medium">{round.name}</div>
                    <div className="text-xs text-slate-500">{round.heldOn}</div>
                  </td>
                  {kpis.map((k) => (
                    <td key={k.key} className="px-3 py-2 text-right tabular-nums">
                      {k.rate === null ? (
                        <span className="text-slate-500">{rateOf(k)}</span>
                      ) : (
                        <Link href={kpiHref(k.key, round.id, zone)} className="hover:underline">
                          <span className="font-medium">{rateOf(k)}</span>
                          <span className="ml-1 text-xs text-slate-500">{fraction(k)}</span>
                        </Link>
                      )}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
