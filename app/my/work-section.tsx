import type { ReactNode } from 'react';

/** One part of 我的工作: a heading with its count, the cards, or a line saying there is nothing to do. */
export function WorkSection(props: {
  id: string;
  title: string;
  empty: string | null;
  action?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={`${props.id}-title`} data-testid={`${props.id}-section`} className="space-y-2">
      <div className="flex flex-wrap items-baseline justify-between gap-x-3">
        <h2 id={`${props.id}-title`} className="text-lg font-semibold">
          {props.title}
        </h2>
        {props.action}
      </div>
      {props.empty === null ? (
        props.children
      ) : (
        <p className="rounded-lg border border-dashed border-slate-300 p-4 text-center text-sm text-slate-500">
          {props.empty}
        </p>
      )}
    </section>
  );
}

/** A card of 我的工作: one column on a phone, two from 640 px. */
export const cardList = 'grid gap-3 sm:grid-cols-2';
export const card = 'min-w-0 rounded-lg border border-slate-200 bg-white p-4';
