import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb } from '@/db/testing/test-db';
import type { DbHandle } from '@/db/types';
import { type RunningApp, signIn, startBuiltApp } from '@/lib/testing/app-server';

// The long lists page by 50, seen as the browser gets them from the production build: the demo zone with
// 40 more projects (67), its project list and its weekly report page.

let handle: DbHandle;
let app: RunningApp;
let cookie: string;

beforeAll(async () => {
  handle = await openTestDb();
  await handle.db.execute(sql`insert into projects (zone_id, park_id, enterprise_id, name, kind, plan_year, stage,
      signed_on, total_investment, annual_planned_investment, completed_investment)
    select zone_id, park_id, enterprise_id, name || '（分期' || n || '）', kind, plan_year, stage, signed_on,
      total_investment, annual_planned_investment, completed_investment
    from projects, generate_series(1, 40) n where id = (select min(id) from projects)`);
  app = await startBuiltApp({ url: handle.url ?? '' });
  cookie = await signIn(app.url, 'duban');
}, 120_000);

afterAll(async () => {
  await app?.stop();
  await handle?.close();
});

async function page(path: string) {
  const response = await fetch(`${app.url}${path}`, { headers: { cookie }, redirect: 'manual' });
  const html = await response.text();
  return {
    status: response.status,
    location: response.headers.get('location'),
    rows: (html.match(/data-testid="(project-row|report-row)"/g) ?? []).length,
    shown: /data-testid="pager"><span>([^<]*)/.exec(html)?.[1],
    links: Object.fromEntries(
      [...html.matchAll(/rel="(prev|next)" href="([^"]*)"/g)].map((m) => [
        m[1],
        m[2]?.replace(/&amp;/g, '&'),
      ]),
    ),
    total: html.includes('data-testid="report-total"'),
  };
}

describe('lists of more than 50 page by 50', () => {
  it('the project list: first page, next page, and a page past the end', async () => {
    expect(await page('/projects')).toMatchObject({
      rows: 50,
      shown: '第 1–50 个，共 67 个',
      links: { next: '/projects?page=2' },
    });
    expect(await page('/projects?page=2')).toMatchObject({
      rows: 17,
      shown: '第 51–67 个，共 67 个',
      links: { prev: '/projects' },
    });
    expect(await page('/projects?page=9')).toMatchObject({ status: 307, location: '/projects' });
  });

  it('the project list keeps its filter from page to page', async () => {
    const filtered = await page('/projects?stage=under_construction');
    if (filtered.links.next) expect(filtered.links.next).toContain('stage=under_construction');
    expect(filtered.rows).toBeLessThanOrEqual(50);
  });

  it('the weekly report page: 50 projects, the total only on the last page', async () => {
    const first = await page('/reports/weekly');
    expect(first).toMatchObject({ rows: 50, shown: '第 1–50 个，共 67 个', total: false });
    const second = await page(first.links.next ?? '');
    expect(second).toMatchObject({ rows: 17, total: true });
  });
});
