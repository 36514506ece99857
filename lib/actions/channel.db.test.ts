import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { notifyChannels, outbox, zones } from '@/db/schema';
import { actionHarness } from '@/db/testing/harness';
import { sessionOf } from '@/db/testing/test-db';
import { loadViewer } from '@/lib/auth/viewer';
import { listChannels } from '@/lib/queries/channels';
import { addChannelAction, testChannelAction } from './channel';

const h = actionHarness();
const KEY = 'access_token=robot-key-0f3a';
const SECRET = 'SECsecret-9b1c';
const zoneId = async () =>
  (await h.db.select({ id: zones.id }).from(zones).where(eq(zones.code, 'shangdang')))[0]?.id ?? 0;
const robot = async (extra: Record<string, unknown> = {}) => ({
  zoneId: await zoneId(),
  kind: 'dingtalk',
  webhookUrl: `https://oapi.dingtalk.com/robot/send?${KEY}`,
  secret: SECRET,
  ...extra,
});

describe('work-group robots', () => {
  it('an admin adds one; neither the answer, the audit log nor the page shows its key or secret', async () => {
    const result = await h.run(addChannelAction, 'admin', await robot());
    expect(result).toMatchObject({ ok: true, data: { kind: 'dingtalk', enabled: true } });
    const [row] = await h.db.select().from(notifyChannels);
    expect(row).toMatchObject({ webhookUrl: `https://oapi.dingtalk.com/robot/send?${KEY}`, secret: SECRET });

    const admin = await loadViewer(h.db, await sessionOf(h.db, 'admin'));
    if (!admin) throw new Error('no admin');
    const shown = JSON.stringify([result, await h.audit(), await listChannels(h.db, admin)]);
    expect(shown).not.toContain('robot-key');
    expect(shown).not.toContain(SECRET);
    expect(shown).toContain('oapi.dingtalk.com');
  });

  it('refuses an address off the robot’s host (the server would post to it) and writes nothing', async () => {
    for (const webhookUrl of [
      'http://127.0.0.1:5432/robot/send',
      'https://oapi.dingtalk.com.evil.example/robot/send',
      'http://oapi.dingtalk.com/robot/send',
      'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k',
    ]) {
      const refused = await h.expectRefused(
        addChannelAction,
        'admin',
        await robot({ webhookUrl }),
        'invalid',
      );
      expect(refused).toMatchObject({ fieldErrors: { webhookUrl: [expect.stringContaining('HTTPS')] } });
    }
  });

  it('is for admins: a supervisor is refused and nothing changes', async () => {
    await h.expectRefused(addChannelAction, 'duban', await robot(), 'forbidden');
  });

  it('a test message goes through the outbox, to this robot only', async () => {
    await h.run(addChannelAction, 'admin', await robot());
    await h.run(
      addChannelAction,
      'admin',
      await robot({
        kind: 'wecom',
        webhookUrl: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k',
        secret: '',
      }),
    );
    const [first] = await h.db.select().from(notifyChannels).orderBy(notifyChannels.id);
    expect(await h.run(testChannelAction, 'admin', { channelId: first?.id })).toMatchObject({ ok: true });
    const queued = await h.db.select().from(outbox);
    expect(queued).toMatchObject([{ channelId: first?.id, status: 'pending', body: { title: '测试消息' } }]);
  });
});
