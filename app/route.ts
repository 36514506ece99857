import { homePathOf } from '@/lib/auth/home';
import { getViewer } from '@/lib/auth/session';

/**
 * `/` sends each role to its first screen (lib/auth/home.ts); the sign-in lands here unless it was sent
 * elsewhere. A route, not a page: a page's redirect arrives inside the streamed layout (a 200 that the browser
 * follows a moment later), where this is a plain 307. The Location is relative, so it stays on the host the
 * browser used, behind a proxy too.
 */
export async function GET() {
  const viewer = await getViewer();
  return new Response(null, {
    status: 307,
    headers: { Location: viewer ? homePathOf(viewer) : '/login', 'Cache-Control': 'no-store' },
  });
}
