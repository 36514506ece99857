import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db';
import { zoneDateOf } from '@/lib/domain/dates';
import { AT_RISK_DAYS, type TrafficLight as Light, lightFromCounts } from '@/lib/domain/milestones';
import { listProjects } from '@/lib/queries/projects';
import { TrafficLight } from '../../_components/traffic-light';
import { RowsHeading } from '../figure-card';
import { requireSupervisor } from '../require-supervisor';

const LIGHTS: readonly Light[] = ['red', 'yellow', 'green'];

/** The projects of one traffic light, by the project list's own rule (the dashboard counts the same). */
export default async function LightsPage({ searchParams }: { searchParams: Promise<{ light?: string }> }) {
  const viewer = await requireSupervisor();
  const { light: asked } = await searchParams;
  const light = LIGHTS.find((l) => l === asked);
  if (!light) notFound();
  const today = zoneDateOf(new Date());
  const [t, all] = await Promise.all([getTranslations(), listProjects(await getDb(), viewer, {}, today)]);
  const rows = all.filter((r) => lightFromCounts(r) === light);
  return (
    <div className="space-y-4">
      <RowsHeading
        back={t('dashboard.back')}
        title={t('dashboard.lightsPage.title', { light: t(`lights.${light}`) })}
        summary={`${t('dashboard.count', { count: rows.length })} · ${t('lights.legend', { days: AT_RISK_DAYS })}`}
      />
      {rows.length === 0 ? (
        <p className="rounded border border-dashed border-slate-300 p-6 text-center text-slate-500">
          {t('projects.none')}
        </p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <thead className="bg-slate-100 text-slate-600">
              <tr>
                <th className="px-3 py-2">{t('projects.name')}</th>
                <th className="px-3 py-2">{t('projects.park')}</th>
                <th className="px-3 py-2">{t('projects.stage')}</th>
                <th className="px-3 py-2 text-right">{t('projects.late')}</th>
                <th className="px-3 py-2 text-right">{t('dashboard.lightsPage.dueSoon')}</th>
                <th className="px-3 py-2 text-right">{t('dashboard.lightsPage.overdueBlockers')}</th>
                <th className="px-3 py-2">{t('project.light')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} className="border-t border-slate-100" data-testid="light-row">
                  <td className="px-3 py-2">
                    <Link href={`/projects/${r.id}`} className="font-medium text-red-900 hover:underline">
                      {r.name}
                    </Link>
                  </td>
                  <td className="px-3 py-2">{r.parkName}</td>
                  <td className="px-3 py-2">{t(`stages.${r.stage}`)}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{r.lateCount}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{r.dueSoonCount}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{r.overdueBlockers}</td>
                  <td className="px-3 py-2">
                    <TrafficLight light={light} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
