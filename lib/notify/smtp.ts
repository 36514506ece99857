import { createTransport, type NodemailerError } from 'nodemailer';
import type { EmailBody } from './email-message';

/** A mail server as notify_channels.settings keeps it; its password is the channel's secret. */
export interface SmtpSettings {
  host: string;
  port: number;
  /** TLS from the first byte (port 465); otherwise STARTTLS whenever the server offers it. */
  secure: boolean;
  /** '' when the server takes mail without signing in. */
  user: string;
  from: string;
}

/** The stored settings, or null when the jsonb is not what this version of the app writes. */
export function smtpSettingsOf(value: unknown): SmtpSettings | null {
  const o = (value ?? {}) as Record<string, unknown>;
  const { host, port, secure, user, from } = o;
  if (typeof host !== 'string' || typeof port !== 'number' || typeof from !== 'string') return null;
  return { host, port, secure: secure === true, user: typeof user === 'string' ? user : '', from };
}

/** How a send went: null when the receiver took the message. */
export type SendFailure = {
  error: string;
  /** The receiver refused this message for good (an SMTP 5xx): trying again would get the same answer. */
  permanent?: boolean;
  /** No answer at all (refused connection, timeout): the other messages for it this round would fare alike. */
  unreachable?: boolean;
} | null;

// Each wait of a conversation ends after 10 s, and a whole send after SEND_CAP_MS however the server trickles.
const WAIT_MS = 10_000;
export const SEND_CAP_MS = 20_000;

type Transport = ReturnType<typeof createTransport>;

/** nodemailer's codes for a server that could not be reached or stopped answering. */
const NO_ANSWER = new Set(['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS', 'ETLS', 'EPROXY']);

function transportFor(settings: SmtpSettings, password: string): Transport {
  return createTransport({
    pool: true,
    maxConnections: 1,
    // The outbox tries again later itself; a message put back on a new connection could be sent twice.
    maxRequeues: 0,
    host: settings.host,
    port: settings.port,
    secure: settings.secure,
    ...(settings.user ? { auth: { user: settings.user, pass: password } } : {}),
    connectionTimeout: WAIT_MS,
    greetingTimeout: WAIT_MS,
    socketTimeout: WAIT_MS,
    dnsTimeout: WAIT_MS,
    disableFileAccess: true,
    disableUrlAccess: true,
  });
}

export interface Mailers {
  send(
    channel: { id: number; settings: unknown; secret: string },
    message: { recipient: string; body: EmailBody; messageKey: string },
  ): Promise<SendFailure>;
  close(): void;
}

/**
 * The mail servers of one round of the outbox: one pooled connection per server, opened on its first message
 * and closed when the round ends, so a round of 20 messages is one SMTP session, not 20.
 */
export function mailers(): Mailers {
  const open = new Map<number, Transport>();
  const drop = (id: number) => {
    open.get(id)?.close();
    open.delete(id);
  };
  return {
    async send(channel, { recipient, body, messageKey }) {
      const settings = smtpSettingsOf(channel.settings);
      if (!settings) return { error: 'mail server settings unreadable', permanent: true };
      if (!recipient) return { error: 'no recipient', permanent: true };
      let transport = open.get(channel.id);
      if (!transport) {
        transport = transportFor(settings, channel.secret);
        open.set(channel.id, transport);
      }
      let timer: NodeJS.Timeout | undefined;
      const capped = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(Object.assign(new Error('send timed out'), { code: 'ETIMEDOUT' })),
          SEND_CAP_MS,
        );
      });
      try {
        // A message sent again after a lost answer carries the same Message-ID, so mail clients show it once.
        const sending = transport.sendMail({
          from: settings.from,
          to: recipient,
          subject: body.subject,
          text: body.text,
          messageId: `<${messageKey}@${settings.from.split('@')[1] ?? settings.host}>`,
        });
        // Past the cap the send is abandoned; its own failure, when it comes, has no one to tell.
        sending.catch(() => undefined);
        const info = await Promise.race([sending, capped]);
        return info.rejected.length > 0 ? { error: `rejected: ${info.response}` } : null;
      } catch (err) {
        const e = err as NodemailerError;
        // A connection in an unknown state is not used again.
        if (e.responseCode === undefined) drop(channel.id);
        return {
          error: e.message || String(err),
          permanent: e.permanent === true,
          unreachable: e.responseCode === undefined && NO_ANSWER.has(e.code ?? ''),
        };
      } finally {
        clearTimeout(timer);
      }
    },
    close() {
      for (const id of [...open.keys()]) drop(id);
    },
  };
}
