import { eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { noticeOptOuts, notifications, notifyChannels, outbox, users, zones } from '@/db/schema';
import { actionHarness } from '@/db/testing/harness';
import { chaseReportsAction } from '@/lib/actions/report-chase';
import { reportWeekOf } from '@/lib/domain/report-weeks';
import type { Notice } from './notices';
import { deliver } from './notify';

const h = actionHarness();
const zoneOf = async (code: string) =>
  (await h.db.select({ id: zones.id }).from(zones).where(eq(zones.code, code)))[0]?.id ?? 0;
const server = (zoneId: number, host: string, enabled = true) => ({
  zoneId,
  kind: 'email',
  webhookUrl: '',
  secret: 'smtp-password',
  settings: { host, port: 465, secure: true, user: 'notice@sd.example.cn', from: 'notice@sd.example.cn' },
  enabled,
});

/** Two mail servers of the demo zone (and one disabled), one of the other zone, and a robot. */
async function channels() {
  const sd = await zoneOf('shangdang');
  const rows = await h.db
    .insert(notifyChannels)
    .values([
      server(sd, 'smtp-a.example.cn'),
      server(sd, 'smtp-b.example.cn'),
      server(sd, 'smtp-off.example.cn', false),
      server(await zoneOf('gaoxin'), 'smtp.gaoxin.example.cn'),
      { zoneId: sd, kind: 'wecom', webhookUrl: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k' },
    ])
    .returning({ id: notifyChannels.id });
  return rows.slice(0, 2).map((r) => r.id);
}

const setEmail = async (username: string, email: string) =>
  h.db.update(users).set({ email }).where(eq(users.username, username));

const notice = (userId: number, kind: Notice['kind'] = 'blocker_raise'): Notice => ({
  userId,
  kind,
  blockerId: null,
  projectId: 1,
  payload: { blockerTitle: '用地指标未落实', projectName: '日盛达', actorName: '徐某' },
});

describe('e-mail as a channel', () => {
  it('queues one mail per enabled server of the person’s zone, in Chinese, to their address only', async () => {
    const servers = await channels();
    await setEmail('liu', 'liu@sd.example.cn');
    await setEmail('zhang', ''); // no address
    await setEmail('ma', 'ma@sd.example.cn'); // turned blocker notices off
    await setEmail('shangwu', 'qian@city.example.cn'); // city level: no zone, no server
    await setEmail('disabled', 'gone@sd.example.cn');
    const [liu, zhang, ma, shangwu, disabled] = [
      await h.userId('liu'),
      await h.userId('zhang'),
      await h.userId('ma'),
      await h.userId('shangwu'),
      await h.userId('disabled'),
    ];
    await h.db.insert(noticeOptOuts).values({ userId: ma, kind: 'blocker_raise', channel: 'email' });

    const told = async () => (await h.db.select().from(notifications)).length;
    const toldBefore = await told();
    await h.db.transaction((tx) =>
      deliver(tx, [
        notice(liu),
        notice(zhang),
        notice(ma),
        notice(ma, 'plan_approved'),
        notice(shangwu),
        notice(disabled),
      ]),
    );

    const queued = await h.db.select().from(outbox).orderBy(outbox.id);
    expect(queued.map((m) => [m.recipient, m.channelId])).toEqual([
      ['liu@sd.example.cn', servers[0]],
      ['liu@sd.example.cn', servers[1]],
      ['ma@sd.example.cn', servers[0]],
      ['ma@sd.example.cn', servers[1]],
    ]);
    expect(queued[0]?.body).toMatchObject({
      subject: '【重点项目推进平台】新问题：徐某 提出「用地指标未落实」',
      text: expect.stringContaining('新问题：徐某 提出「用地指标未落实」'),
    });
    expect(queued[2]?.body).toMatchObject({ subject: expect.stringContaining('确认了「日盛达」的基准计划') });
    // In the app everyone is told, whatever they chose for e-mail.
    expect((await told()) - toldBefore).toBe(6);
  });

  it('goes out with the change that causes it (a 催报 to dozens), and not with one refused', async () => {
    const servers = await channels();
    await h.db.update(users).set({ email: 'someone@sd.example.cn' });
    const zoneId = await zoneOf('shangdang');
    const chase = { zoneId, weekStart: reportWeekOf(new Date()).start };
    const result = await h.run(chaseReportsAction, 'duban', chase);
    if (!result.ok) throw new Error(result.message);
    const mails = await h.db.select().from(outbox).where(inArray(outbox.channelId, servers));
    expect(mails).toHaveLength(result.data.people * servers.length);
    await h.expectRefused(chaseReportsAction, 'duban', chase, 'conflict');
  });
});
