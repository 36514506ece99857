import { emailAddress, flag, hasControlChar, id, text, wholeNumber } from './fields';
import { z } from './zod';

/**
 * Where each robot's webhooks live, as 企业微信 and 钉钉 document them. A robot's URL must be on its host over
 * HTTPS: the server posts to it, so any other address would let an admin make the server call into the
 * network it sits in.
 */
export const ROBOT_HOSTS = { wecom: 'qyapi.weixin.qq.com', dingtalk: 'oapi.dingtalk.com' } as const;
export const ROBOT_KINDS = Object.keys(ROBOT_HOSTS) as (keyof typeof ROBOT_HOSTS)[];

function onRobotHost(kind: keyof typeof ROBOT_HOSTS, value: string): boolean {
  try {
    const url = new URL(value);
    return (
      url.protocol === 'https:' && url.hostname === ROBOT_HOSTS[kind] && url.username === '' && !url.port
    );
  } catch {
    return false;
  }
}

export const addChannelSchema = z
  .object({
    zoneId: id(),
    kind: z.enum(ROBOT_KINDS, 'validation.invalid'),
    webhookUrl: text(500).min(1, 'validation.required'),
    /** 钉钉's 加签 secret (SEC…); empty when the robot is not signed. */
    secret: text(100).default(''),
  })
  .superRefine((v, ctx) => {
    if (!onRobotHost(v.kind, v.webhookUrl))
      ctx.addIssue({ code: 'custom', path: ['webhookUrl'], message: 'channelValidation.urlHost' });
    if (v.kind === 'wecom' && v.secret !== '')
      ctx.addIssue({ code: 'custom', path: ['secret'], message: 'channelValidation.noSecret' });
  });
export type AddChannelInput = z.input<typeof addChannelSchema>;
export type AddChannel = z.output<typeof addChannelSchema>;

export const testChannelSchema = z.object({ channelId: id() });

/** A host name or an IPv4 address: letters, digits, hyphens and dots, as DNS allows them. */
const HOST_NAME =
  /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;

/**
 * A zone's mail server. Unlike a robot it may sit anywhere (a zone's own server is often on its intranet), so
 * only an admin of the zone sets one, and the page shows its host, port and sender, never the password.
 */
export const addEmailChannelSchema = z
  .object({
    zoneId: id(),
    host: text(253)
      .min(1, { message: 'validation.required', abort: true })
      .regex(HOST_NAME, 'channelValidation.smtpHost'),
    port: wholeNumber('channelValidation.port').pipe(
      z.number().min(1, 'channelValidation.port').max(65_535, 'channelValidation.port'),
    ),
    /** TLS from the first byte (usually port 465); off: STARTTLS when the server offers it (587, 25). */
    secure: flag(),
    user: text(254).default(''),
    /** Not trimmed: every character is part of the password. */
    password: z
      .string('validation.invalid')
      .max(200, 'validation.tooLong')
      .refine((v) => !hasControlChar(v), 'validation.controlChars')
      .default(''),
    from: emailAddress('channelValidation.from'),
  })
  .superRefine((v, ctx) => {
    if (v.password !== '' && v.user === '')
      ctx.addIssue({ code: 'custom', path: ['user'], message: 'channelValidation.userForPassword' });
  });
export type AddEmailChannelInput = z.input<typeof addEmailChannelSchema>;
export type AddEmailChannel = z.output<typeof addEmailChannelSchema>;

/** 启用/停用: messages of a disabled channel wait, and none are queued for it. */
export const setChannelEnabledSchema = z.object({ channelId: id(), enabled: flag() });

/** 重发失败消息: the channel's failed messages are tried again from the start. */
export const resendFailedSchema = z.object({ channelId: id() });
