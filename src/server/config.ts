/**
 * The production server's start-time settings: one schema, read once from the environment.
 * A wrong value stops the server with a sentence naming the variable and what it must be (README, Configuration).
 * Values are never echoed: SMTP_URL, REDIS_URL and DATABASE_URL can hold passwords.
 */
import { isIP } from 'node:net';
import proxyAddr from 'proxy-addr';
import { z } from 'astro/zod';
import { DEFAULT_SMTP_TIMEOUT_MS, MAX_SMTP_TIMEOUT_MS } from '../requests/mail-config.ts';


/** An unset variable and an empty one (`SMTP_URL=` in an EnvironmentFile) mean the same: the default. */
const unsetIfEmpty = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

function wholeNumber(name: string, min: number, max: number, fallback: number, unit: string) {
  const range = max === Number.MAX_SAFE_INTEGER ? `of at least ${min}` : `from ${min} to ${max}`;
  const error = `${name} must be a whole number ${range}${unit ? ` (${unit})` : ''}.`;
  return z.preprocess(
    unsetIfEmpty,
    z.coerce.number({ error }).int({ error }).min(min, { error }).max(max, { error }).default(fallback),
  );
}

function optionalText(error: string) {
  return z.preprocess(unsetIfEmpty, z.string({ error }).optional());
}

/** Names proxy-addr understands besides addresses and CIDR ranges. */
const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isProxyEntry(entry: string): boolean {
  if (PROXY_NAMES.has(entry)) return true;
  const [address, bits, ...rest] = entry.split('/');
  if (rest.length || !address || !isIP(address)) return false;
  if (bits === undefined) return true;
  if (!/^\d{1,3}$/.test(bits)) return false;
  return Number(bits) <= (isIP(address) === 4 ? 32 : 128);
}

const trustProxyError =
  'TRUST_PROXY must be a comma-separated list of the reverse proxies\' addresses or CIDR ranges, e.g. 127.0.0.1 or 10.0.0.0/24 (or "loopback").';

const ServerSettingsSchema = z.object({
  /** Address the server listens on; `0.0.0.0` or `::` for every interface. */
  HOST: z.preprocess(
    unsetIfEmpty,
    z
      .string()
      .regex(/^[a-z0-9.:-]+$/i, { error: 'HOST must be a host name or an IP address, e.g. 127.0.0.1 or localhost.' })
      .default('localhost'),
  ),
  /** TCP port the server listens on. */
  PORT: wholeNumber('PORT', 1, 65_535, 4321, ''),
  /** Reverse proxies whose X-Forwarded-* headers are believed; empty: none, the client is the socket's address. */
  TRUST_PROXY: z.preprocess(
    unsetIfEmpty,
    z
      .string({ error: trustProxyError })
      .default('')
      .transform((value) => value.split(',').map((entry) => entry.trim()).filter(Boolean))
      .refine((entries) => entries.every(isProxyEntry), { error: trustProxyError }),
  ),
  /** Redis shared by every instance for the rate limit; unset: the limit is kept in this process's memory. */
  REDIS_URL: z.preprocess(
    unsetIfEmpty,
    z
      .string()
      .refine((value) => URL.canParse(value) && /^rediss?:$/.test(new URL(value).protocol), {
        error: 'REDIS_URL must be a URL starting with redis:// or rediss://, e.g. redis://127.0.0.1:6379.',
      })
      .optional(),
  ),
  /** PostgreSQL for the consent records, shared by several instances; unset: the SQLite file CONSENT_DB_PATH. */
  DATABASE_URL: z.preprocess(
    unsetIfEmpty,
    z
      .string()
      .refine((value) => URL.canParse(value) && /^postgres(ql)?:$/.test(new URL(value).protocol), {
        error: 'DATABASE_URL must be a URL starting with postgres://, e.g. postgres://jainkasso:password@127.0.0.1:5432/jainkasso.',
      })
      .optional(),
  ),
  /** The SQLite file of the consent records without DATABASE_URL; default data/consent.sqlite in the working directory. */
  CONSENT_DB_PATH: optionalText('CONSENT_DB_PATH must be a file path.'),
  /** Consent records taken per visitor address per window: a burst beyond it gets 429. */
  CONSENT_RATE_LIMIT_MAX: wholeNumber('CONSENT_RATE_LIMIT_MAX', 1, Number.MAX_SAFE_INTEGER, 20, 'records per window'),
  /** The consent records' window, in milliseconds. */
  CONSENT_RATE_LIMIT_WINDOW_MS: wholeNumber('CONSENT_RATE_LIMIT_WINDOW_MS', 1000, Number.MAX_SAFE_INTEGER, 60_000, 'milliseconds'),
  /** The mail server, `smtps://user:pass@host:465` or `smtp://…:587`; unset: the outbox folder (checked in mail-config.ts). */
  SMTP_URL: optionalText('SMTP_URL must be a URL such as smtps://user:password@mail.example.se:465.'),
  /** The inbox that receives data requests; default: the site's e-mail. */
  MAIL_TO: optionalText('MAIL_TO must be one e-mail address.'),
  /** Sender of the request mail and the receipt; default: the site's e-mail. */
  MAIL_FROM: optionalText('MAIL_FROM must be one e-mail address.'),
  /** Where `.eml` files go without SMTP_URL; default `outbox` in the working directory. */
  MAIL_OUTBOX_DIR: optionalText('MAIL_OUTBOX_DIR must be a folder path.'),
  /** Longest wait for one SMTP attempt, in milliseconds. */
  SMTP_TIMEOUT_MS: wholeNumber('SMTP_TIMEOUT_MS', 1, MAX_SMTP_TIMEOUT_MS, DEFAULT_SMTP_TIMEOUT_MS, 'milliseconds'),
  /** Delivered data requests allowed per visitor per window. */
  RATE_LIMIT_MAX: wholeNumber('RATE_LIMIT_MAX', 1, Number.MAX_SAFE_INTEGER, 5, 'requests per window'),
  /** The rate limit's window, in milliseconds. */
  RATE_LIMIT_WINDOW_MS: wholeNumber('RATE_LIMIT_WINDOW_MS', 1000, Number.MAX_SAFE_INTEGER, 600_000, 'milliseconds'),
});

export type ServerSettings = z.infer<typeof ServerSettingsSchema>;

/** Settings that stop the server, each as a sentence for the operator. */
export class SettingsError extends Error {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(`The server's settings are wrong, so it will not start:\n${problems.map((p) => `  - ${p}`).join('\n')}\nSee README.md, section Configuration.`);
    this.name = 'SettingsError';
    this.problems = problems;
  }
}

/** Reads and checks the settings; throws SettingsError listing every wrong variable. */
export function parseServerSettings(env: Record<string, string | undefined>): ServerSettings {
  const result = ServerSettingsSchema.safeParse(env);
  if (result.success) {
    // proxy-addr is what Fastify uses to apply the list; it must accept it too.
    proxyAddr.compile(result.data.TRUST_PROXY);
    return result.data;
  }
  const problems = [...new Set(result.error.issues.map((issue) => issue.message))];
  throw new SettingsError(problems);
}
