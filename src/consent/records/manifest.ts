/**
 * What the build tells the server about consent records: the revision, the categories, the retention period and the
 * full text of each language's version. The build writes it to dist/client/consent-texts.json
 * (src/pages/consent-texts.json.ts: public, as the texts themselves are); the server and `npm run consent` read it.
 */
import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import type { KnownChoices } from './schema.ts';

/** Where the build writes the manifest, under dist/client. */
export const MANIFEST_FILE = 'consent-texts.json';

const ManifestSchema = z.object({
  /** The banner's revision. */
  revision: z.int().nonnegative(),
  /** Every category, in the banner's order. */
  categories: z.array(z.string().min(1)).min(1),
  /** Categories the visitor cannot refuse. */
  readOnly: z.array(z.string().min(1)),
  /** Months a record is kept (CONSENT_RETENTION_MONTHS at build time). */
  retentionMonths: z.int().min(1),
  /** One entry per language: its text version and the serialised texts it hashes. */
  texts: z
    .array(z.object({ locale: z.string().min(2), version: z.string().regex(/^[0-9a-f]{64}$/), text: z.string().min(1) }))
    .min(1),
});

export type ConsentManifest = z.infer<typeof ManifestSchema>;

/** The manifest in `file`, or an error that says to build. */
export function loadConsentManifest(file: URL): ConsentManifest {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    throw new Error(`The build has no readable ${MANIFEST_FILE}: run \`npm run build\`.`);
  }
  const result = ManifestSchema.safeParse(raw);
  if (!result.success) throw new Error(`The build's ${MANIFEST_FILE} is not what this server reads: run \`npm run build\`.`);
  return result.data;
}

/** The manifest as the record schema needs it. */
export function knownChoices(manifest: ConsentManifest): KnownChoices {
  return {
    revision: manifest.revision,
    categories: manifest.categories,
    readOnly: manifest.readOnly,
    textVersions: new Map(manifest.texts.map((t) => [t.locale, t.version])),
  };
}
