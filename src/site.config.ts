import { z } from 'astro/zod';

/** The company's facts, as the client states them. Every page, the footer and the structured data read them from here. */
const SiteConfigSchema = z.object({
  /** Legal name, exactly as the client writes it in its contact block. */
  name: z.string().min(1),
  /** Postal address: the only address the client publishes. */
  address: z.object({
    /** Post-office box, e.g. "Box 358". */
    street: z.string().min(1),
    /** Swedish postcode written "NNN NN". */
    postalCode: z.string().regex(/^\d{3} \d{2}$/, { error: 'postalCode must look like "801 05"' }),
    /** Town, in the client's capitals. */
    locality: z.string().min(1),
    /** ISO 3166-1 country code. */
    country: z.literal('SE'),
  }),
  /** Phone number as the client writes it, national form. */
  phone: z.string().regex(/^0[\d -]+$/, { error: 'phone must be a Swedish number in national form, e.g. "026-16 64 70"' }),
  /** The public e-mail address. */
  email: z.email({ error: 'email must be a valid address' }),
  /** Canonical origin of the site, from Astro's `site` (SITE_URL). */
  url: z.url({ error: 'url must be an absolute URL: set SITE_URL' }),
  /** How long data requests (and their mails) are kept, in the client's words, e.g. "i två år efter att ärendet avslutades"; unset: the form page says nothing about it. */
  requestRetention: z.string().min(1).optional(),
});

export type SiteConfig = z.infer<typeof SiteConfigSchema>;

function parseSiteConfig(input: unknown): SiteConfig {
  const result = SiteConfigSchema.safeParse(input);
  if (!result.success) {
    throw new Error(`src/site.config.ts is invalid:\n${z.prettifyError(result.error)}`);
  }
  return result.data;
}

export const site = parseSiteConfig({
  name: 'J A Inkasso & Consulting AB',
  address: { street: 'Box 358', postalCode: '801 05', locality: 'GÄVLE', country: 'SE' },
  phone: '026-16 64 70',
  email: 'info@jainkasso.se',
  url: import.meta.env.SITE ?? 'https://www.jainkasso.se',
});

/** "026-16 64 70" → "+4626166470", the form a `tel:` link needs. */
export function toInternationalPhone(national: string): string {
  const digits = national.replace(/\D/g, '');
  return `+46${digits.replace(/^0/, '')}`;
}

/** One line for the postal address, as the client writes it. */
export const postalAddressLine = `${site.address.street}, ${site.address.postalCode} ${site.address.locality}`;

/** Absolute URL of a path on this site. */
export function absoluteUrl(path: string): string {
  return new URL(path, site.url).href;
}
