import Link from 'next/link';
import type { ReactNode } from 'react';

/** One figure of the dashboard, and a link to the rows it counts. */
export function FigureCard(props: {
  label: string;
  value: ReactNode;
  detail?: ReactNode;
  href: string;
  testId: string;
  tone?: 'plain' | 'good' | 'warn' | 'bad';
}) {
  const tone = {
    plain: 'text-slate-900',
    good: 'text-light-green',
    warn: 'text-light-yellow',
    bad: 'text-light-red',
  }[props.tone ?? 'plain'];
  return (
    <Link
      href={props.href}
      className="block rounded-lg border border-slate-200 bg-white p-3 hover:border-red-800 hover:shadow-sm"
      data-testid={props.testId}
    >
      <div className="text-sm text-slate-600">{props.label}</div>
      <div className={`text-2xl font-semibold tabular-nums ${tone}`}>{props.value}</div>
      {props.detail && <div className="text-xs text-slate-500">{props.detail}</div>}
    </Link>
  );
}

/** The heading of a page behind a figure: back to the dashboard, the title, what it counts. */
export function RowsHeading(props: { back: string; title: string; summary?: ReactNode }) {
  return (
    <div className="space-y-1">
      <Link href="/dashboard" className="text-sm text-slate-600 hover:underline">
        ← {props.back}
      </Link>
      <h1 className="text-2xl font-semibold">{props.title}</h1>
      {props.summary && (
        <p className="text-sm text-slate-600" data-testid="rows-summary">
          {props.summary}
        </p>
      )}
    </div>
  );
}
