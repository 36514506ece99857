import Link from 'next/link';

export interface BarItem {
  key: string;
  label: string;
  value: number;
  href: string;
}

/**
 * A horizontal bar chart drawn by the server: each line is one link with its label, a bar and the figure, so
 * a tap anywhere on it opens its rows. Plain HTML and CSS rather than a chart library, which cost this page
 * ~100 kB of JavaScript (gzip) for bars that never change on the client. The bar repeats the figure beside
 * it, so it is hidden from assistive technology.
 */
export function BarFigure(props: { title: string; items: BarItem[]; testId: string }) {
  const max = Math.max(1, ...props.items.map((item) => item.value));
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-4" data-testid={props.testId}>
      <h2 className="mb-2 font-semibold">{props.title}</h2>
      <ul className="space-y-1 text-sm">
        {props.items.map((item) => (
          <li key={item.key}>
            <Link
              href={item.href}
              className="grid min-h-11 grid-cols-[minmax(5rem,8rem)_1fr_auto] items-center gap-2 hover:underline"
              data-key={item.key}
            >
              <span className="break-words">{item.label}</span>
              <span aria-hidden="true" className="block h-3 rounded-sm bg-slate-100">
                <span
                  data-testid="bar"
                  className="block h-3 rounded-sm bg-red-800"
                  style={{ width: `${(item.value / max) * 100}%` }}
                />
              </span>
              <span className="font-medium tabular-nums">{item.value}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
