import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { fillMissingPinyin } from '@/db/name-pinyin';
import { enterprises, namePinyin, parks, projects, users, zones } from '@/db/schema';
import { actionHarness } from '@/db/testing/harness';
import { sessionOf } from '@/db/testing/test-db';
import { editProjectAction } from '@/lib/actions/project-edit';
import { loadViewer, type Viewer } from '@/lib/auth/viewer';
import { searchAll } from './search';

const RSD = '日盛达光伏玻璃生产线（二期）';

describe('searchAll', () => {
  const h = actionHarness();

  async function viewer(username: string): Promise<Viewer> {
    const v = await loadViewer(h.db, await sessionOf(h.db, username));
    if (!v) throw new Error(username);
    return v;
  }
  const find = async (username: string, q: string) => searchAll(h.db, await viewer(username), q);
  const projectNames = async (username: string, q: string) =>
    (await find(username, q)).projects.rows.map((p) => p.name);

  /** A project in the second zone, written as a bulk load would: its keys come from the back-fill. */
  async function gaoxinProject(name: string) {
    const [zone] = await h.db.select().from(zones).where(eq(zones.code, 'gaoxin'));
    if (!zone) throw new Error('no gaoxin');
    const [park] = await h.db.insert(parks).values({ zoneId: zone.id, name: '高新光伏园' }).returning();
    const [ent] = await h.db
      .insert(enterprises)
      .values({ zoneId: zone.id, name: '高新日盛达公司' })
      .returning();
    if (!park || !ent) throw new Error('insert');
    await h.db.insert(projects).values({
      zoneId: zone.id,
      parkId: park.id,
      enterpriseId: ent.id,
      name,
      kind: 'new',
      planYear: 2024,
      stage: 'signed',
      totalInvestment: 1000,
    });
    expect(await fillMissingPinyin(h.db)).toBe(3);
  }

  it.each(['日盛达', '光伏', 'rsd', 'RSD', 'rishengda', 'ri sheng da', '生产线'])(
    'finds %s for an official of the zone',
    async (q) => {
      expect(await projectNames('ma', q)).toContain(RSD);
    },
  );

  it('finds a project by its enterprise, in characters and in pinyin', async () => {
    expect(await projectNames('ma', '太阳能科技')).toContain(RSD);
    expect(await projectNames('ma', 'tynkj')).toContain(RSD);
  });

  it('never shows another zone’s rows; the city’s accounts see all zones', async () => {
    await gaoxinProject('日盛达光伏高新项目');
    for (const q of ['日盛达', 'rsd', '光伏']) {
      expect(await projectNames('ma', q)).not.toContain('日盛达光伏高新项目');
      expect(await projectNames('gaoxin', q)).toEqual(['日盛达光伏高新项目']);
      expect(await projectNames('shangwu', q)).toEqual(expect.arrayContaining([RSD, '日盛达光伏高新项目']));
    }
    const other = await find('gaoxin', '光伏');
    expect(other.blockers.rows).toEqual([]);
    expect(other.parks.rows.map((p) => p.name)).toEqual(['高新光伏园']);
    expect((await find('ma', '光伏')).parks.rows.map((p) => p.name)).toEqual(['光伏产业园']);
    // people: 高新区's own (its supervisor and its officials), none of 上党's
    const [gx] = await h.db.select().from(zones).where(eq(zones.code, 'gaoxin'));
    const gaoxinPeople = (
      await h.db
        .select()
        .from(users)
        .where(eq(users.zoneId, gx?.id ?? 0))
    )
      .map((u) => u.name)
      .sort();
    expect(gaoxinPeople).toContain('高新区 冯某');
    expect((await find('gaoxin', '某')).people.rows.map((p) => p.name).sort()).toEqual(gaoxinPeople);
  });

  it('finds blockers, people and parks by part of their name', async () => {
    const r = await find('ma', '用能指标');
    expect(r.blockers.rows.map((b) => b.title)).toEqual(['窑炉点火用能指标待落实']);
    expect(r.blockers.rows[0]?.projectName).toBe(RSD);
    expect((await find('ma', 'yldh')).blockers.rows.map((b) => b.title)).toEqual(['窑炉点火用能指标待落实']);
    expect((await find('ma', '装备')).parks.rows.map((p) => p.name)).toEqual(['新能源装备产业园']);
    expect((await find('ma', 'gfcyy')).parks.rows.map((p) => p.name)).toEqual(['光伏产业园']);

    // An official finds the "三个一" holders the project pages name, with one of their projects…
    const zhang = (await find('ma', 'zhangmou')).people.rows;
    expect(zhang.map((p) => p.name)).toEqual(['张某']);
    expect(zhang[0]?.href).toMatch(/^\/projects\/\d+$/);
    // …not the supervisor, who holds no project, nor a disabled account.
    expect((await find('ma', '郑某')).people.rows).toEqual([]);
    expect((await find('ma', '罗某')).people.rows).toEqual([]);
    // The supervisor finds the zone's people and is led to the contacts work; the admin to the account.
    expect((await find('duban', '郑某')).people.rows.map((p) => [p.name, p.href])).toEqual([
      ['督办员 郑某', '/contacts'],
    ]);
    const admin = (await find('admin', '罗某')).people.rows;
    expect(admin.map((p) => [p.name, p.href])).toEqual([
      ['罗某', `/admin/users/${await h.userId('disabled')}`],
    ]);
  });

  it('keeps the pinyin up to date when a project is renamed through its action', async () => {
    const id = await h.projectId(RSD);
    const [p] = await h.db.select().from(projects).where(eq(projects.id, id));
    const [e] = await h.db
      .select()
      .from(enterprises)
      .where(eq(enterprises.id, p?.enterpriseId ?? 0));
    if (!p || !e) throw new Error('no project');
    const result = await h.run(editProjectAction, 'duban', {
      projectId: p.id,
      version: p.version,
      name: '星河锂电池材料项目',
      enterprise: '星河新材料有限公司',
      parkId: p.parkId,
      kind: p.kind,
      totalInvestment: p.totalInvestment,
      annualPlannedInvestment: p.annualPlannedInvestment,
      plannedStartOn: p.plannedStartOn ?? '',
      plannedFinishOn: p.plannedFinishOn ?? '',
    });
    expect(result).toMatchObject({ ok: true });
    const [key] = await h.db.select().from(namePinyin).where(eq(namePinyin.name, '星河锂电池材料项目'));
    expect(key?.pinyin).toBe('xhldcclxm xinghelidianchicailiaoxiangmu');
    expect(await projectNames('ma', 'xhldc')).toEqual(['星河锂电池材料项目']);
    expect(await projectNames('ma', 'xinghe')).toEqual(['星河锂电池材料项目']);
    // The old name's letters no longer lead to it.
    expect(await projectNames('ma', 'blscx')).toEqual([]);
  });

  it('takes %, _ and \\ in the query literally', async () => {
    for (const q of ['%', '_', '\\', '%光伏%', '日_达']) {
      const r = await find('shangwu', q);
      expect([r.projects.rows, r.blockers.rows, r.people.rows, r.parks.rows].flat(), q).toEqual([]);
    }
    await h.db
      .update(projects)
      .set({ name: '100%绿电_示范\\项目' })
      .where(eq(projects.id, await h.projectId(RSD)));
    for (const q of ['%', '0%绿', '_', '电_示', '\\'])
      expect(await projectNames('ma', q), q).toEqual(['100%绿电_示范\\项目']);
  });

  it('shows at most ten of a kind and says there are more', async () => {
    const r = await find('ma', '项目');
    expect(r.projects.rows).toHaveLength(10);
    expect(r.projects.more).toBe(true);
    expect((await find('ma', 'rsd')).projects.more).toBe(false);
  });

  it('back-fills every searched name once, and nothing when all have keys', async () => {
    const [{ n } = { n: 0 }] = (
      (await h.db.execute(sql`select count(*)::int n from name_pinyin`)) as unknown as {
        rows: { n: number }[];
      }
    ).rows;
    expect(n).toBeGreaterThan(27);
    expect(await fillMissingPinyin(h.db)).toBe(0);
  });
});
