'use client';

import { usePathname, useSearchParams } from 'next/navigation';
import { useEffect, useState } from 'react';
import { PageSkeleton, type SkeletonKind } from './page-skeleton';

/** The shape of the page a path opens, for its placeholder. */
export function skeletonFor(pathname: string): SkeletonKind {
  if (/^\/projects\/\d+/.test(pathname)) return 'detail';
  if (/^\/dashboard(\/|$)/.test(pathname)) return 'figures';
  if (
    /^\/(projects|blockers|reports\/weekly|weekly|contacts|notifications|admin\/users|changes|plan-requests|campaigns|search|my)\/?$/.test(
      pathname,
    )
  ) {
    return 'list';
  }
  return 'page';
}

/** The in-app URL a click opens, or null where the browser does the work (new tab, download, other site, same page). */
function targetOfClick(e: MouseEvent): URL | null {
  if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return null;
  const link = e.target instanceof Element ? e.target.closest('a[href]') : null;
  if (!(link instanceof HTMLAnchorElement) || link.hasAttribute('download')) return null;
  if (link.target && link.target !== '_self') return null;
  return sameOriginPage(new URL(link.href));
}

/** A filter form (GET) submitted: the URL it opens. Forms whose submit a script took over are left alone. */
function targetOfSubmit(e: SubmitEvent): URL | null {
  const form = e.target;
  if (e.defaultPrevented || !(form instanceof HTMLFormElement) || form.method !== 'get') return null;
  const url = new URL(form.action);
  const fields = new FormData(form, e.submitter);
  url.search = new URLSearchParams([...fields].map(([k, v]) => [k, String(v)])).toString();
  return sameOriginPage(url);
}

function sameOriginPage(url: URL): URL | null {
  if (url.origin !== window.location.origin || url.pathname.startsWith('/api/')) return null;
  if (url.pathname === window.location.pathname && url.search === window.location.search) return null;
  return url;
}

interface Pending {
  /** The page it started from: once the address is another, the new page is there. */
  from: string;
  kind: SkeletonKind;
  /** Where the header ends, so the placeholder covers the page and leaves the header usable. */
  top: number;
}

/**
 * The answer to a tap on a link, at once and before the server's: a bar at the top and, a moment later, grey
 * blocks in the shape of the coming page over the old one. Done on the client rather than with loading.tsx,
 * which would stream every page from inside a Suspense boundary and so answer an unknown id or a bad page
 * number with 200 instead of 404 or a redirect.
 */
export function NavigationFeedback({ label }: { label: string }) {
  const here = `${usePathname()}?${useSearchParams().toString()}`;
  const [pending, setPending] = useState<Pending | null>(null);
  if (pending && pending.from !== here) setPending(null);

  useEffect(() => {
    const start = (url: URL | null) => {
      if (!url) return;
      const header = document.querySelector('header')?.getBoundingClientRect().bottom ?? 0;
      setPending({ from: here, kind: skeletonFor(url.pathname), top: Math.max(0, header) });
    };
    const onClick = (e: MouseEvent) => start(targetOfClick(e));
    const onSubmit = (e: SubmitEvent) => start(targetOfSubmit(e));
    const stop = () => setPending(null);
    // On window, so React's own handlers (on the document) have run: a form they took over is prevented.
    window.addEventListener('click', onClick);
    window.addEventListener('submit', onSubmit);
    window.addEventListener('popstate', stop);
    return () => {
      window.removeEventListener('click', onClick);
      window.removeEventListener('submit', onSubmit);
      window.removeEventListener('popstate', stop);
    };
  }, [here]);

  // A navigation that ends where it began (a redirect back) changes no address: give up after a while.
  useEffect(() => {
    if (!pending) return;
    const timer = setTimeout(() => setPending(null), 10_000);
    return () => clearTimeout(timer);
  }, [pending]);

  if (!pending) return null;
  return (
    <>
      <div
        aria-hidden="true"
        className="fixed inset-x-0 top-0 z-50 h-1 bg-red-800 motion-safe:animate-pulse"
        data-testid="navigation-bar"
      />
      <div
        style={{ top: pending.top }}
        className="fixed inset-x-0 bottom-0 z-20 overflow-hidden bg-slate-50 opacity-100 transition-opacity delay-150 duration-150 starting:opacity-0"
      >
        <div className="mx-auto max-w-6xl px-3 py-4 sm:px-6">
          <PageSkeleton kind={pending.kind} label={label} />
        </div>
      </div>
    </>
  );
}
