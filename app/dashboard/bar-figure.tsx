'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { Bar, BarChart, Cell, XAxis, YAxis } from 'recharts';

export interface BarItem {
  key: string;
  label: string;
  value: number;
  href: string;
}

const BAR = '#991b1b'; // red-800, the app's accent
const ROW_HEIGHT = 30;

/**
 * A horizontal bar chart where looking beats reading, with the same figures as text links beside it: the
 * chart is hidden from assistive technology (the list says it all), and each bar and each line opens its rows.
 */
export function BarFigure(props: { title: string; items: BarItem[]; testId: string }) {
  const router = useRouter();
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-4" data-testid={props.testId}>
      <h2 className="mb-2 font-semibold">{props.title}</h2>
      <div className="grid gap-3 sm:grid-cols-[1fr_auto]">
        <div aria-hidden="true">
          <BarChart
            layout="vertical"
            data={props.items}
            responsive
            accessibilityLayer={false}
            style={{ width: '100%', height: Math.max(props.items.length * ROW_HEIGHT + 20, 80) }}
            margin={{ left: 8, right: 16 }}
          >
            <XAxis type="number" allowDecimals={false} hide />
            <YAxis type="category" dataKey="label" width={120} tick={{ fontSize: 12 }} />
            <Bar
              dataKey="value"
              isAnimationActive={false}
              label={{ position: 'right', fontSize: 12 }}
              onClick={(bar) => router.push((bar.payload as BarItem).href)}
              cursor="pointer"
            >
              {props.items.map((item) => (
                <Cell key={item.key} fill={BAR} />
              ))}
            </Bar>
          </BarChart>
        </div>
        <ul className="space-y-1 text-sm">
          {props.items.map((item) => (
            <li key={item.key}>
              <Link
                href={item.href}
                className="flex justify-between gap-4 hover:underline"
                data-key={item.key}
              >
                <span>{item.label}</span>
                <span className="font-medium tabular-nums">{item.value}</span>
              </Link>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
