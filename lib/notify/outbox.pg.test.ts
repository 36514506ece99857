import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq, sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { openPostgres } from '@/db/drivers';
import { notifyChannels, outbox, zones } from '@/db/schema';
import { actionHarness } from '@/db/testing/harness';
import { deliverDue } from './outbox';

// Two workers, each with its own pool as two app processes have, against one PostgreSQL database and a real
// HTTP receiver standing in for the 企业微信 and 钉钉 robots.

const h = actionHarness();
const SECRET = 'SEC-test-secret';

interface Receiver {
  url: string;
  texts: string[];
  /** Answers 503 while true: the robot's endpoint is down. */
  down: boolean;
  badSignatures: number;
  server: Server;
}

let receiver: Receiver | null = null;
afterEach(async () => {
  await new Promise((resolve) => receiver?.server.close(resolve));
  receiver = null;
});

async function startReceiver(): Promise<Receiver> {
  const r = { texts: [] as string[], down: false, badSignatures: 0 } as Receiver;
  r.server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      if (r.down) {
        res.writeHead(503).end();
        return;
      }
      const url = new URL(req.url ?? '/', 'http://x');
      const message = JSON.parse(body) as { markdown: { content?: string; text?: string } };
      if (url.pathname === '/dingtalk') {
        const timestamp = url.searchParams.get('timestamp') ?? '';
        const expected = createHmac('sha256', SECRET).update(`${timestamp}\n${SECRET}`).digest('base64');
        if (url.searchParams.get('sign') !== expected) r.badSignatures++;
      }
      r.texts.push(message.markdown.content ?? message.markdown.text ?? '');
      res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"errcode":0,"errmsg":"ok"}');
    });
  });
  await new Promise<void>((resolve) => r.server.listen(0, '127.0.0.1', resolve));
  r.url = `http://127.0.0.1:${(r.server.address() as AddressInfo).port}`;
  receiver = r;
  return r;
}

/** 200 messages over a 企业微信 robot and a signed 钉钉 one, each with a text of its own. */
async function queue(r: Receiver) {
  const [zone] = await h.db.select({ id: zones.id }).from(zones).limit(1);
  const channels = await h.db
    .insert(notifyChannels)
    .values([
      { zoneId: zone?.id ?? 0, kind: 'wecom', webhookUrl: `${r.url}/wecom?key=k` },
      {
        zoneId: zone?.id ?? 0,
        kind: 'dingtalk',
        webhookUrl: `${r.url}/dingtalk?access_token=t`,
        secret: SECRET,
      },
    ])
    .returning();
  await h.db.insert(outbox).values(
    Array.from({ length: 200 }, (_, i) => ({
      channelId: channels[i % 2]?.id ?? 0,
      body: { title: '催报', text: `message-${i}` },
    })),
  );
}

/** Two workers, each on its own pool, until nothing is due; returns how many each sent. */
async function runTwoWorkers() {
  const second = openPostgres(h.url);
  try {
    const work = async (db: typeof h.db) => {
      let total = 0;
      for (;;) {
        const { tried, sent } = await deliverDue(db, { limit: 7 });
        if (tried === 0) return total;
        total += sent;
      }
    };
    return await Promise.all([work(h.db), work(second.db)]);
  } finally {
    await second.close();
  }
}

const sentTexts = (r: Receiver) => r.texts.map((t) => /message-\d+/.exec(t)?.[0]).sort();
const allTexts = Array.from({ length: 200 }, (_, i) => `message-${i}`).sort();

describe('the outbox', () => {
  it('two workers deliver 200 queued messages, each exactly once, both robots’ formats, 钉钉 signed', async () => {
    const r = await startReceiver();
    await queue(r);
    const [a, b] = await runTwoWorkers();
    expect((a ?? 0) + (b ?? 0)).toBe(200);
    expect(sentTexts(r)).toEqual(allTexts);
    expect(r.badSignatures).toBe(0);
    const left = await h.db.select().from(outbox).where(eq(outbox.status, 'pending'));
    expect(left).toEqual([]);
  });

  it('loses nothing while the receiver is down: each is tried again later and arrives once it is back', async () => {
    const r = await startReceiver();
    await queue(r);
    r.down = true;
    expect(await runTwoWorkers()).toEqual([0, 0]);
    const waiting = await h.db.select().from(outbox);
    expect(
      waiting.every((m) => m.status === 'pending' && m.attempts === 1 && m.lastError === 'HTTP 503'),
    ).toBe(true);
    // Nothing is due before its backoff has passed …
    expect(await deliverDue(h.db)).toEqual({ tried: 0, sent: 0 });
    // … then the clock moves past it (the test moves the clock rather than wait) and the robot is back.
    r.down = false;
    await h.db.update(outbox).set({ nextAttemptAt: sql`now() - interval '1 second'` });
    await runTwoWorkers();
    expect(sentTexts(r)).toEqual(allTexts);
    const rows = await h.db.select().from(outbox);
    expect(rows.every((m) => m.status === 'sent' && m.attempts === 2)).toBe(true);
  });
});
