import { asc, inArray, max } from 'drizzle-orm';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db';
import { projects, zones } from '@/db/schema';
import { can } from '@/lib/auth/permissions';
import { requireViewer } from '@/lib/auth/session';
import { zoneDateOf } from '@/lib/domain/dates';
import { ClientMessages } from '@/lib/i18n/client-messages';
import { ImportForm } from './import-form';

/** 导入项目台账: the zones the viewer may import into (one for a zone's account), the form, the template. */
export default async function ImportLedgerPage() {
  const viewer = await requireViewer();
  const db = await getDb();
  const all = await db.select({ id: zones.id, name: zones.name }).from(zones).orderBy(asc(zones.id));
  const open = all.filter((z) => can(viewer, 'ledger.import', { zoneId: z.id }));
  if (open.length === 0) notFound();
  // The year the zone's key projects are planned for: the latest one its projects have, else this year.
  const [latest] = await db
    .select({ year: max(projects.planYear) })
    .from(projects)
    .where(
      inArray(
        projects.zoneId,
        open.map((z) => z.id),
      ),
    );
  const planYear = latest?.year ?? Number(zoneDateOf(new Date()).slice(0, 4));
  const t = await getTranslations('ledgerImport');
  return (
    <ClientMessages route="projects/import">
      <div className="mx-auto max-w-4xl space-y-4">
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <p className="text-sm text-slate-600">{t('intro')}</p>
        <a
          href="/api/import/ledger/template"
          download
          className="inline-block rounded border border-slate-300 px-3 py-1.5 text-sm text-slate-800"
        >
          {t('template.download')}
        </a>
        <ImportForm zones={open} planYear={planYear} />
      </div>
    </ClientMessages>
  );
}
