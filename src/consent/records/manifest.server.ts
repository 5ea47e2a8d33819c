/** Builds the consent manifest (manifest.ts) from the consent config and each language's texts, at build time. */
import { LOCALES } from '../../i18n/locales';
import type { CategoryId, ConsentConfig } from '../config';
import { translation } from '../page-data.server';
import type { ConsentManifest } from './manifest';
import { serialiseText, textVersion } from './text-version';

export function consentManifest(config: ConsentConfig): ConsentManifest {
  const categories = Object.keys(config.categories) as CategoryId[];
  return {
    revision: config.revision,
    categories,
    readOnly: categories.filter((id) => config.categories[id].readOnly),
    retentionMonths: config.recordRetentionMonths,
    texts: LOCALES.map((locale) => {
      const text = serialiseText(translation(config, locale));
      return { locale, version: textVersion(text), text };
    }),
  };
}
