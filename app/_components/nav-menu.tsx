'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { type ReactNode, useEffect, useRef } from 'react';

/** The page the viewer is on, or one of its sub-pages (a project under the list, a user under users). */
export function isCurrent(pathname: string, href: string): boolean {
  return pathname === href || pathname.startsWith(`${href}/`);
}

/** A header link that marks the current page: aria-current for screen readers, the style reads it too. */
export function NavLink(props: { href: string; className: string; children: ReactNode; testId?: string }) {
  const pathname = usePathname();
  return (
    <Link
      href={props.href}
      aria-current={isCurrent(pathname, props.href) ? 'page' : undefined}
      className={props.className}
      data-testid={props.testId}
    >
      {props.children}
    </Link>
  );
}

/**
 * The header's menu: a <details>, so it opens by keyboard (Enter, Space) and without JavaScript. The script
 * only adds what people expect of a menu: it closes on a tap outside, on Esc (focus back on the button), on a
 * link, and after any navigation (a new pathname remounts it closed).
 */
export function NavMenu(props: { summary: ReactNode; children: ReactNode }) {
  const pathname = usePathname();
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const close = (refocus: boolean) => {
      const menu = ref.current;
      if (!menu?.open) return;
      menu.open = false;
      if (refocus) menu.querySelector('summary')?.focus();
    };
    const onPointer = (e: PointerEvent) => {
      if (!ref.current?.contains(e.target as Node)) close(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') close(true);
    };
    // A link chosen in the menu (by tap or Enter) closes it at once, before the next page arrives.
    const onClick = (e: MouseEvent) => {
      const link = (e.target as Element).closest('a');
      if (link && ref.current?.contains(link)) close(false);
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    document.addEventListener('click', onClick);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('click', onClick);
    };
  }, []);
  return (
    <details key={pathname} ref={ref} className="shrink-0" data-testid="nav-menu">
      <summary className="flex min-h-11 min-w-11 cursor-pointer list-none items-center justify-center gap-1 rounded border border-slate-300 px-2 text-sm hover:bg-slate-50 [&::-webkit-details-marker]:hidden">
        {props.summary}
      </summary>
      <div className="absolute inset-x-0 top-full z-30 max-h-[calc(100dvh-4rem)] overflow-y-auto border-b border-slate-200 bg-white p-3 shadow-lg lg:left-auto lg:right-6 lg:w-80 lg:rounded-b-lg lg:border-x">
        {props.children}
      </div>
    </details>
  );
}
