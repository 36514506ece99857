import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { notifyChannels, outbox, users, zones } from '@/db/schema';
import { actionHarness } from '@/db/testing/harness';
import { sessionOf } from '@/db/testing/test-db';
import { loadViewer } from '@/lib/auth/viewer';
import { deliverDue } from '@/lib/notify/outbox';
import { listChannels } from '@/lib/queries/channels';
import { addEmailChannelAction, testChannelAction } from './channel';
import { resendFailedAction, setChannelEnabledAction } from './channel-state';

const h = actionHarness();
const PASSWORD = 'smtp-Pa55-7e2c';
const LOGIN = 'login-4d1a@sd.example.cn';
const zoneId = async () =>
  (await h.db.select({ id: zones.id }).from(zones).where(eq(zones.code, 'shangdang')))[0]?.id ?? 0;
const mailServer = async (extra: Record<string, unknown> = {}) => ({
  zoneId: await zoneId(),
  host: 'smtp.sd.example.cn',
  port: '587',
  secure: false,
  user: LOGIN,
  password: PASSWORD,
  from: 'notice@sd.example.cn',
  ...extra,
});
const added = async () => {
  const result = await h.run(addEmailChannelAction, 'admin', await mailServer());
  if (!result.ok) throw new Error(result.message);
  return result.data.id;
};

describe('a zone’s mail server', () => {
  it('an admin adds one; the answer, the audit log and the page show host, port and sender, never the password', async () => {
    const result = await h.run(addEmailChannelAction, 'admin', await mailServer());
    expect(result).toMatchObject({
      ok: true,
      data: { kind: 'email', host: 'smtp.sd.example.cn', port: 587, from: 'notice@sd.example.cn' },
    });
    const [row] = await h.db.select().from(notifyChannels);
    expect(row).toMatchObject({
      kind: 'email',
      webhookUrl: '',
      secret: PASSWORD,
      settings: {
        host: 'smtp.sd.example.cn',
        port: 587,
        secure: false,
        user: LOGIN,
        from: 'notice@sd.example.cn',
      },
    });

    const admin = await loadViewer(h.db, await sessionOf(h.db, 'admin'));
    if (!admin) throw new Error('no admin');
    const page = await listChannels(h.db, admin);
    expect(page).toMatchObject([
      { host: 'smtp.sd.example.cn:587', from: 'notice@sd.example.cn', signed: true },
    ]);
    const shown = JSON.stringify([result, await h.audit(), page]);
    expect(shown).not.toContain(PASSWORD);
    expect(shown).not.toContain(LOGIN);
  });

  it('refuses bad settings and writes nothing', async () => {
    const refused = await h.expectRefused(
      addEmailChannelAction,
      'admin',
      await mailServer({ port: '70000', from: 'not-an-address', host: 'smtp.sd.example.cn:25' }),
      'invalid',
    );
    expect(refused).toMatchObject({
      fieldErrors: {
        port: ['端口须为 1–65535 之间的整数'],
        from: ['请填写有效的发件人邮箱地址'],
        host: ['请填写邮件服务器的域名或 IP 地址'],
      },
    });
  });

  it('is for the zone’s admins: a supervisor and an official are refused and nothing changes', async () => {
    await h.expectRefused(addEmailChannelAction, 'duban', await mailServer(), 'forbidden');
    await h.expectRefused(addEmailChannelAction, 'xu', await mailServer(), 'forbidden');
  });

  it('mails the test message to the admin’s own address, and refuses while the admin has none', async () => {
    const channelId = await added();
    const refused = await h.expectRefused(testChannelAction, 'admin', { channelId }, 'invalid');
    expect(refused).toMatchObject({ message: expect.stringContaining('您还没有填写邮箱地址') });

    await h.db.update(users).set({ email: 'admin@sd.example.cn' }).where(eq(users.username, 'admin'));
    expect(await h.run(testChannelAction, 'admin', { channelId })).toMatchObject({ ok: true });
    expect(await h.db.select().from(outbox)).toMatchObject([
      { channelId, recipient: 'admin@sd.example.cn', body: { subject: '测试消息' } },
    ]);
  });
});

describe('enabling, disabling and resending', () => {
  it('a disabled channel keeps what it has queued, unsent and untried', async () => {
    const channelId = await added();
    await h.db
      .insert(outbox)
      .values({ channelId, recipient: 'liu@sd.example.cn', body: { subject: 's', text: 't' } });
    expect(await h.run(setChannelEnabledAction, 'admin', { channelId, enabled: 'false' })).toMatchObject({
      ok: true,
      data: { enabled: false },
    });
    expect(await deliverDue(h.db)).toEqual({ tried: 0, sent: 0 });
    expect(await h.db.select().from(outbox)).toMatchObject([{ status: 'pending', attempts: 0 }]);
    // Setting it to what it is changes nothing and writes no audit row.
    const audit = (await h.audit()).length;
    expect(await h.run(setChannelEnabledAction, 'admin', { channelId, enabled: false })).toMatchObject({
      ok: true,
    });
    expect(await h.audit()).toHaveLength(audit);
    expect(await h.audit()).toContainEqual(
      expect.objectContaining({
        action: 'channel.set_enabled',
        before: { enabled: true },
        after: { enabled: false },
      }),
    );
  });

  it('resends the channel’s failed messages from the first try, and only that channel’s', async () => {
    const channelId = await added();
    const other = await added();
    const failed = { status: 'failed', attempts: 8, lastError: '550 mailbox unavailable', body: {} };
    await h.db.insert(outbox).values([
      { channelId, recipient: 'a@sd.example.cn', ...failed },
      { channelId, recipient: 'b@sd.example.cn', status: 'sent', body: {} },
      { channelId: other, recipient: 'c@sd.example.cn', ...failed },
    ]);
    expect(await h.run(resendFailedAction, 'admin', { channelId })).toEqual({
      ok: true,
      data: { resent: 1 },
    });
    const rows = await h.db.select().from(outbox).orderBy(outbox.id);
    expect(rows.map((r) => [r.recipient, r.status, r.attempts])).toEqual([
      ['a@sd.example.cn', 'pending', 0],
      ['b@sd.example.cn', 'sent', 0],
      ['c@sd.example.cn', 'failed', 8],
    ]);
  });

  it('both are refused to a supervisor, and the database does not change', async () => {
    const channelId = await added();
    await h.db.insert(outbox).values({ channelId, recipient: 'a@sd.example.cn', status: 'failed', body: {} });
    await h.expectRefused(setChannelEnabledAction, 'duban', { channelId, enabled: false }, 'forbidden');
    await h.expectRefused(resendFailedAction, 'duban', { channelId }, 'forbidden');
    await h.expectRefused(resendFailedAction, 'gaoxin', { channelId }, 'forbidden');
  });
});
