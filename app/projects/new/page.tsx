import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db';
import { can } from '@/lib/auth/permissions';
import { requireViewer } from '@/lib/auth/session';
import { ClientMessages } from '@/lib/i18n/client-messages';
import { listParks } from '@/lib/queries/projects';
import { CreateProjectForm } from './lazy-forms';

export default async function NewProjectPage() {
  const viewer = await requireViewer();
  const parks = await listParks(await getDb(), viewer);
  const mayCreate = parks.some((p) => can(viewer, 'project.create', { zoneId: p.zoneId }));
  if (!mayCreate) notFound();
  const t = await getTranslations('projectForm');
  return (
    <ClientMessages route="projects/new">
      <div className="mx-auto max-w-3xl space-y-4">
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <CreateProjectForm parks={parks} />
      </div>
    </ClientMessages>
  );
}
