import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db';
import { can } from '@/lib/auth/permissions';
import { BATCHES, type CampaignBatch } from '@/lib/domain/kpi';
import { ClientMessages } from '@/lib/i18n/client-messages';
import { listableProjects, type RoundWithEntries, roundsWithEntries } from '@/lib/queries/campaigns';
import { kpiHref } from '../dashboard/kpi-link';
import { requireSupervisor } from '../dashboard/require-supervisor';
import { AddEntriesForm, CreateRoundForm } from './lazy-forms';
import { RemoveEntryButton } from './remove-entry-button';

const idsByBatch = (round: RoundWithEntries) =>
  Object.fromEntries(
    BATCHES.map((b) => [b, round.entries.filter((e) => e.batch === b).map((e) => e.projectId)]),
  ) as Record<CampaignBatch, number[]>;

/** "三个一批" rounds: each lists the zone's projects signed, started and put into production in its batches. */
export default async function CampaignsPage() {
  const viewer = await requireSupervisor();
  const mayManage = can(viewer, 'campaign.manage', { zoneIds: [] });
  const db = await getDb();
  const [t, rounds, projects] = await Promise.all([
    getTranslations(),
    roundsWithEntries(db, viewer),
    mayManage ? listableProjects(db, viewer) : [],
  ]);
  return (
    <ClientMessages route="campaigns">
      <div className="space-y-4">
        <div>
          <h1 className="text-2xl font-semibold">{t('campaigns.title')}</h1>
          <p className="text-sm text-slate-600">{t('campaigns.intro')}</p>
        </div>
        {mayManage && <CreateRoundForm />}
        {rounds.length === 0 && <p className="text-slate-500">{t('campaigns.none')}</p>}
        {rounds.map((round) => (
          <section
            key={round.id}
            className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
            data-testid="round"
          >
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h2 className="text-lg font-semibold">
                {round.name} <span className="text-sm font-normal text-slate-500">{round.heldOn}</span>
              </h2>
              <Link
                href={kpiHref('signedStarted', round.id)}
                className="text-sm text-red-900 hover:underline"
              >
                {t('campaigns.viewKpi')}
              </Link>
            </div>
            <div className="grid gap-3 md:grid-cols-3">
              {BATCHES.map((batch) => {
                const entries = round.entries.filter((e) => e.batch === batch);
                const label = t(`campaigns.batches.${batch}`);
                return (
                  <div key={batch} data-batch={batch}>
                    <h3 className="mb-1 text-sm font-medium text-slate-700">
                      {label} · {t('dashboard.count', { count: entries.length })}
                    </h3>
                    {entries.length === 0 ? (
                      <p className="text-sm text-slate-500">{t('campaigns.noEntries')}</p>
                    ) : (
                      <ul className="space-y-1 text-sm">
                        {entries.map((e) => (
                          <li
                            key={e.id}
                            className="flex items-start justify-between gap-2"
                            data-testid="entry"
                          >
                            <span>
                              <Link href={`/projects/${e.projectId}`} className="hover:underline">
                                {e.projectName}
                              </Link>
                              <span className="ml-1 text-xs text-slate-500">
                                {t('campaigns.stageNow', { stage: t(`stages.${e.stage}`) })}
                              </span>
                            </span>
                            {mayManage && (
                              <RemoveEntryButton entryId={e.id} name={e.projectName} batchLabel={label} />
                            )}
                          </li>
                        ))}
                      </ul>
                    )}
                  </div>
                );
              })}
            </div>
            {mayManage && (
              <AddEntriesForm roundId={round.id} projects={projects} listed={idsByBatch(round)} />
            )}
          </section>
        ))}
      </div>
    </ClientMessages>
  );
}
