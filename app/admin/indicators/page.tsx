import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db';
import { can } from '@/lib/auth/permissions';
import { requireViewer } from '@/lib/auth/session';
import { ClientMessages } from '@/lib/i18n/client-messages';
import { indicatorDefinitionList } from '@/lib/queries/indicators';
import { DataTable } from '../../_components/data-table';
import { DefinitionForm } from './lazy-forms';

/**
 * The indicator set (指标定义): the city's admin adds, edits and deactivates; the city's supervisors read it
 * (which indicators the zones file, how each is totalled).
 */
export default async function IndicatorDefinitionsPage() {
  const viewer = await requireViewer();
  if (!can(viewer, 'indicator.lock', { year: 0, quarter: 0 })) notFound();
  const defines = can(viewer, 'indicator.define', { id: null });
  const [t, defs] = await Promise.all([getTranslations(), indicatorDefinitionList(await getDb())]);
  const bases = defs.filter((d) => d.shareOfId === null).map((d) => ({ id: d.id, name: d.name }));
  const nameOf = new Map(defs.map((d) => [d.id, d.name]));
  const yesNo = (b: boolean) => t(b ? 'indicators.yes' : 'indicators.no');
  return (
    <ClientMessages route="admin/indicators">
      <div className="space-y-4">
        <div>
          <h1 className="text-2xl font-semibold">{t('indicators.adminTitle')}</h1>
          <p className="text-sm text-slate-600">{t('indicators.adminIntro')}</p>
        </div>
        <DataTable
          headers={[
            { label: t('indicators.name'), card: 'title' },
            { label: t('indicators.code') },
            { label: t('indicators.unit'), nowrap: true },
            { label: t('indicators.decimals'), align: 'right' },
            { label: t('indicators.yoyFlag'), nowrap: true },
            { label: t('indicators.summed'), nowrap: true },
            { label: t('indicators.shareOf') },
            { label: t('indicators.active'), nowrap: true },
            ...(defines ? [{ label: '', card: 'bare' as const }] : []),
          ]}
          empty={defs.length === 0}
          emptyText={t('indicators.noIndicators')}
          testId="definition-table"
        >
          {defs.map((d) => (
            <tr key={d.id}>
              <td>{d.name}</td>
              <td className="[overflow-wrap:anywhere]">{d.code}</td>
              <td>{d.unit}</td>
              <td>{d.decimals}</td>
              <td>{yesNo(d.yoy)}</td>
              <td>{yesNo(d.summed)}</td>
              <td>{d.shareOfId === null ? t('indicators.none') : nameOf.get(d.shareOfId)}</td>
              <td>{d.active ? t('indicators.active') : t('indicators.inactive')}</td>
              {defines && (
                <td>
                  <details>
                    <summary className="min-h-11 cursor-pointer py-2 text-red-800 underline">
                      {t('indicators.edit')}
                    </summary>
                    <DefinitionForm
                      saved={{ ...d, shareOfId: d.shareOfId ?? '' }}
                      bases={bases.filter((b) => b.id !== d.id)}
                    />
                  </details>
                </td>
              )}
            </tr>
          ))}
        </DataTable>
        {defines && (
          <section className="max-w-2xl space-y-2 rounded-lg border border-slate-200 bg-white p-4">
            <h2 className="font-semibold">{t('indicators.add')}</h2>
            <DefinitionForm
              saved={{
                id: '',
                version: 0,
                code: '',
                name: '',
                unit: '',
                decimals: 2,
                yoy: false,
                summed: true,
                shareOfId: '',
                sortOrder: (defs.at(-1)?.sortOrder ?? 0) + 10,
                active: true,
              }}
              bases={bases}
            />
          </section>
        )}
      </div>
    </ClientMessages>
  );
}
