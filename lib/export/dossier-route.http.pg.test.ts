import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projects } from '@/db/schema';
import { openTestDb } from '@/db/testing/test-db';
import type { DbHandle } from '@/db/types';
import { FORGED_SESSION_COOKIE, type RunningApp, signIn, startBuiltApp } from '@/lib/testing/app-server';

// GET /api/projects/[id]/dossier against the production build, as a browser or a forger reaches it: who gets
// the PDF, who gets 401 or 404, and the 503 of a server without a CJK font.

const PROJECT = '日盛达光伏玻璃生产线（二期）';
let handle: DbHandle;
let app: RunningApp;
let id: number;

beforeAll(async () => {
  handle = await openTestDb();
  const [row] = await handle.db.select({ id: projects.id }).from(projects).where(eq(projects.name, PROJECT));
  id = row?.id ?? 0;
  app = await startBuiltApp({ url: handle.url ?? '' });
}, 120_000);

afterAll(async () => {
  await app?.stop();
  await handle?.close();
});

const get = async (path: string, cookie?: string, server: RunningApp = app) =>
  fetch(`${server.url}${path}`, { headers: cookie ? { cookie } : {}, redirect: 'manual' });

describe('the dossier route', () => {
  it('streams the PDF to whoever reads the project, named in RFC 5987 form', async () => {
    const response = await get(`/api/projects/${id}/dossier`, await signIn(app.url, 'duban'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="dossier-${id}.pdf"; filename*=UTF-8''${encodeURIComponent(`${PROJECT}-项目档案.pdf`)}`,
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-');
    expect(new TextDecoder('latin1').decode(bytes.subarray(-6))).toContain('%%EOF');
  });

  it('is refused signed out (401 from the route itself), 404 for a malformed or unknown id and for another zone', async () => {
    // Without a cookie proxy.ts sends the browser to sign in; a forged one reaches the route, which refuses it.
    expect((await get(`/api/projects/${id}/dossier`)).status).toBe(307);
    expect((await get(`/api/projects/${id}/dossier`, FORGED_SESSION_COOKIE)).status).toBe(401);
    const duban = await signIn(app.url, 'duban');
    for (const bad of ['abc', '0', '007', '1e3', '99999999999', '2000000000'])
      expect((await get(`/api/projects/${bad}/dossier`, duban)).status, bad).toBe(404);
    expect((await get(`/api/projects/${id}/dossier`, await signIn(app.url, 'gaoxin1'))).status).toBe(404);
    expect((await get(`/api/projects/${id}/dossier`, await signIn(app.url, 'gaoxin'))).status).toBe(404);
  });

  it('without a CJK font answers 503 with a message, not a broken file', async () => {
    const saved = process.env.DOSSIER_FONT;
    process.env.DOSSIER_FONT = '/nonexistent/NotoSansCJK-Regular.ttc';
    const fontless = await startBuiltApp({ url: handle.url ?? '' }).finally(() => {
      if (saved === undefined) delete process.env.DOSSIER_FONT;
      else process.env.DOSSIER_FONT = saved;
    });
    try {
      const response = await get(
        `/api/projects/${id}/dossier`,
        await signIn(fontless.url, 'duban'),
        fontless,
      );
      expect(response.status).toBe(503);
      expect(await response.text()).toContain('中文字体');
    } finally {
      await fontless.stop();
    }
  }, 120_000);
});
