import { cookies } from 'next/headers';
import { getViewer } from '@/lib/auth/session';
import { contentDisposition } from '@/lib/export/content-disposition';
import { LOCALE_COOKIE, resolveLocale } from '@/lib/i18n/config';
import { translatorFor } from '@/lib/i18n/messages';
import { ledgerTemplate } from '@/lib/import/ledger-template';

/** The ledger template, for anyone signed in (it holds no data). */
export async function GET() {
  if (!(await getViewer())) return new Response('Unauthorized', { status: 401 });
  const t = translatorFor(resolveLocale((await cookies()).get(LOCALE_COOKIE)?.value));
  const name = `${t('ledgerImport.template.fileName')}.xlsx`;
  return new Response(await ledgerTemplate(t), {
    headers: {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': contentDisposition('attachment', 'ledger-template.xlsx', name),
      'Cache-Control': 'no-store',
    },
  });
}
