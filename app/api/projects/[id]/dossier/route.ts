import { cookies } from 'next/headers';
import { getDb } from '@/db';
import { getViewer } from '@/lib/auth/session';
import { contentDisposition } from '@/lib/export/content-disposition';
import { loadDossierFont } from '@/lib/export/dossier-font';
import { dossierPdf } from '@/lib/export/dossier-pdf';
import { LOCALE_COOKIE, resolveLocale } from '@/lib/i18n/config';
import { translatorFor } from '@/lib/i18n/messages';
import { projectDossier } from '@/lib/queries/project-dossier';
import { parseRouteId } from '@/lib/validation/request-params';

const notFound = () => new Response('Not found', { status: 404 });

/** 一项目一档: the project's whole record as a PDF, streamed, for whoever may read the project. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await getViewer();
  if (!viewer) return new Response('Unauthorized', { status: 401 });
  const id = parseRouteId((await params).id);
  if (id === null) return notFound();
  const dossier = await projectDossier(await getDb(), viewer, id);
  if (!dossier) return notFound();

  const locale = resolveLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  const t = translatorFor(locale);
  const font = await loadDossierFont();
  if (!font) {
    return new Response(t('dossier.noFont'), {
      status: 503,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    });
  }
  const name = `${t('dossier.fileName', { project: dossier.head.project.name })}.pdf`;
  const body = dossierPdf(dossier, t, { font, who: viewer.name, now: new Date(), locale });
  return new Response(body, {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': contentDisposition('attachment', `dossier-${id}.pdf`, name),
      'Cache-Control': 'no-store',
    },
  });
}
