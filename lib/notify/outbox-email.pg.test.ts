import { type AddressInfo, createServer, type Socket } from 'node:net';
import { eq, sql } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { afterEach, describe, expect, it } from 'vitest';
import { openPostgres } from '@/db/drivers';
import { notifyChannels, outbox, zones } from '@/db/schema';
import { actionHarness } from '@/db/testing/harness';
import { deliverDue } from './outbox';

// Two workers, each with its own pool as two app processes have, against one PostgreSQL database and a real
// SMTP server (smtp-server) standing in for a zone's mail server: it takes mail only after a sign-in with the
// channel's user and password, and records each mail by recipient and Message-ID.

const h = actionHarness();
const USER = 'notice@sd.example.cn';
const PASSWORD = 'smtp-Pa55-e4f1';

interface Mailbox {
  port: number;
  mails: { to: string; messageId: string; text: string }[];
  /** Answers RCPT with 451 (try again later) while true: the server is up but not taking mail. */
  busy: boolean;
  /** A recipient refused for good (550). */
  unknown: string;
  /** Milliseconds the server takes over each message. */
  slow: number;
  badLogins: number;
  server: SMTPServer;
}

const open: SMTPServer[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => new Promise((resolve) => s.close(() => resolve(null)))));
});

function refuse(code: number, text: string) {
  return Object.assign(new Error(text), { responseCode: code });
}

async function startMailbox(port = 0, box?: Mailbox): Promise<Mailbox> {
  const m = box ?? ({ mails: [], busy: false, unknown: '', slow: 0, badLogins: 0 } as unknown as Mailbox);
  m.server = new SMTPServer({
    logger: false,
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    onAuth(auth, _session, done) {
      if (auth.username === USER && auth.password === PASSWORD) return done(null, { user: auth.username });
      m.badLogins++;
      return done(refuse(535, 'authentication failed'));
    },
    onRcptTo(address, _session, done) {
      if (m.busy) return done(refuse(451, 'try again later'));
      if (address.address === m.unknown) return done(refuse(550, 'no such mailbox'));
      return done();
    },
    onData(stream, session, done) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => {
        raw += chunk.toString('utf8');
      });
      stream.on('end', () => {
        const messageId = /^Message-ID: *(.+)$/im.exec(raw)?.[1]?.trim() ?? '';
        const to = session.envelope.rcptTo.map((r) => r.address).join(',');
        setTimeout(() => {
          m.mails.push({ to, messageId, text: raw });
          done();
        }, m.slow);
      });
    },
  });
  await new Promise<void>((resolve) => m.server.listen(port, '127.0.0.1', resolve));
  m.port = (m.server.server.address() as AddressInfo).port;
  open.push(m.server);
  return m;
}

/** `count` mails to as many people, queued as the e-mail channel queues them. */
async function queue(m: Mailbox, count: number) {
  const [zone] = await h.db.select({ id: zones.id }).from(zones).limit(1);
  const [channel] = await h.db
    .insert(notifyChannels)
    .values({
      zoneId: zone?.id ?? 0,
      kind: 'email',
      webhookUrl: '',
      secret: PASSWORD,
      settings: { host: '127.0.0.1', port: m.port, secure: false, user: USER, from: 'notice@sd.example.cn' },
    })
    .returning();
  await h.db.insert(outbox).values(
    Array.from({ length: count }, (_, i) => ({
      channelId: channel?.id ?? 0,
      recipient: `person-${i}@sd.example.cn`,
      body: { subject: '【重点项目推进平台】催报', text: `message-${i}` },
    })),
  );
}

/** Two workers, each on its own pool, until nothing is due; returns how many each sent. */
async function runTwoWorkers(options: { leaseSeconds?: number } = {}) {
  const second = openPostgres(h.url);
  try {
    const work = async (db: typeof h.db) => {
      let total = 0;
      for (;;) {
        const { tried, sent } = await deliverDue(db, { limit: 7, ...options });
        if (tried === 0) return total;
        total += sent;
      }
    };
    return await Promise.all([work(h.db), work(second.db)]);
  } finally {
    await second.close();
  }
}

const everyone = (count: number) =>
  Array.from({ length: count }, (_, i) => `person-${i}@sd.example.cn`).sort();
const recipients = (m: Mailbox) => m.mails.map((x) => x.to).sort();
const distinct = (values: string[]) => new Set(values).size;
const moveClockPastBackoff = () =>
  h.db.update(outbox).set({ nextAttemptAt: sql`now() - interval '1 second'` });

describe('e-mail through the outbox', () => {
  it('two workers deliver 200 queued mails over SMTP, each exactly once, signed in with the channel’s password', async () => {
    const m = await startMailbox();
    await queue(m, 200);
    const [a, b] = await runTwoWorkers();
    expect((a ?? 0) + (b ?? 0)).toBe(200);
    expect(recipients(m)).toEqual(everyone(200));
    expect(distinct(m.mails.map((x) => x.messageId))).toBe(200);
    expect(m.badLogins).toBe(0);
    const mail = m.mails.find((x) => x.to === 'person-7@sd.example.cn');
    expect(mail?.text).toContain('message-7');
    expect(await h.db.select().from(outbox).where(eq(outbox.status, 'pending'))).toEqual([]);
  });

  it('loses nothing while the server refuses (451) or is stopped: all arrive once it is back', async () => {
    const m = await startMailbox();
    await queue(m, 60);
    m.busy = true;
    expect(await runTwoWorkers()).toEqual([0, 0]);
    let rows = await h.db.select().from(outbox);
    expect(rows.every((r) => r.status === 'pending' && r.attempts === 1 && r.lastError.includes('451'))).toBe(
      true,
    );
    // Nothing is due before its backoff has passed …
    expect(await deliverDue(h.db)).toEqual({ tried: 0, sent: 0 });

    // … then the server is stopped altogether: a refused connection, tried once a round, not once a message.
    await new Promise((resolve) => m.server.close(() => resolve(null)));
    await moveClockPastBackoff();
    expect(await runTwoWorkers()).toEqual([0, 0]);
    rows = await h.db.select().from(outbox);
    expect(rows.every((r) => r.status === 'pending' && r.attempts === 2 && r.lastError !== '')).toBe(true);

    // Back on its port and taking mail again.
    m.busy = false;
    await startMailbox(m.port, m);
    await moveClockPastBackoff();
    await runTwoWorkers();
    expect(recipients(m)).toEqual(everyone(60));
    rows = await h.db.select().from(outbox);
    expect(rows.every((r) => r.status === 'sent' && r.attempts === 3)).toBe(true);
  });

  it('asks a server that does not answer once a round, not once a mail', async () => {
    // Takes connections and never greets: each try waits for nodemailer's 10 s greeting timeout.
    const sockets: Socket[] = [];
    const silent = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    try {
      const port = (silent.address() as AddressInfo).port;
      await queue({ port } as Mailbox, 14);
      expect(await runTwoWorkers()).toEqual([0, 0]);
      // Two workers, each with one claim of 7: one connection each.
      expect(sockets).toHaveLength(2);
      const rows = await h.db.select().from(outbox);
      expect(
        rows.every(
          (r) => r.status === 'pending' && r.attempts === 1 && /greeting|timeout/i.test(r.lastError),
        ),
      ).toBe(true);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  });

  it('marks a mail the server refuses for good (550) failed at once; the others go', async () => {
    const m = await startMailbox();
    m.unknown = 'person-3@sd.example.cn';
    await queue(m, 10);
    await runTwoWorkers();
    expect(m.mails).toHaveLength(9);
    const [refused] = await h.db.select().from(outbox).where(eq(outbox.recipient, m.unknown));
    expect(refused).toMatchObject({
      status: 'failed',
      attempts: 1,
      lastError: expect.stringContaining('550'),
    });
  });

  it('starts no send the lease might not cover: the rest go back, untried, and are sent once', async () => {
    const m = await startMailbox();
    m.slow = 150;
    await queue(m, 30);
    // A lease that leaves half a second for sending after the slowest send's allowance (lib/notify/outbox.ts).
    const lease = { leaseSeconds: 25.5 };
    const first = await deliverDue(h.db, { limit: 10, ...lease });
    expect(first.tried).toBeGreaterThan(0);
    expect(first.tried).toBeLessThan(10);
    const back = await h.db.select().from(outbox).where(eq(outbox.attempts, 0));
    expect(back.length).toBe(30 - first.tried);
    await runTwoWorkers(lease);
    expect(recipients(m)).toEqual(everyone(30));
    expect(distinct(m.mails.map((x) => x.messageId))).toBe(30);
    const rows = await h.db.select().from(outbox);
    expect(rows.every((r) => r.status === 'sent' && r.attempts === 1)).toBe(true);
  });
});
