import type { Translation } from 'vanilla-cookieconsent';
import { consentText } from '../i18n/consent';
import { CONSENT_COOKIE, GA_PROVIDER, type CategoryId, type ConsentConfig } from './config';
import { cookieTableRows, cookieTableColumns } from './cookie-table';
import type { ClearRule, ConsentPageData } from './page-data';

const categoryIds: CategoryId[] = ['necessary', 'analytics'];

/** The library puts its texts in as HTML: ours are plain text. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function link(href: string, text: string): string {
  return `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>`;
}

/** The cookies of one category as the preferences' table (no Kategori column: the section names it). */
function categoryTable(config: ConsentConfig, category: CategoryId): NonNullable<Translation['preferencesModal']['sections'][number]['cookieTable']> {
  const rows = cookieTableRows({ ...config, cookies: config.cookies.filter((c) => c.category === category) });
  const columns = cookieTableColumns.filter(({ key }) => key !== 'category');
  return {
    caption: escapeHtml(`${consentText.table.caption}: ${config.categories[category].title}`),
    headers: Object.fromEntries(columns.map(({ key, label }) => [key, escapeHtml(label)])),
    body: rows.map((row) => Object.fromEntries(columns.map(({ key }) => [key, escapeHtml(row[key])]))),
  };
}

/** Swedish texts for both layers, from the strings and the config. */
export function translation(config: ConsentConfig): Translation {
  const { banner, preferences } = consentText;
  return {
    consentModal: {
      label: banner.label,
      title: escapeHtml(banner.title),
      // The link to /cookies/ ends the text rather than taking a footer row of its own: a shorter banner on a phone.
      description: `${escapeHtml(`${banner.description} ${banner.recipient(GA_PROVIDER)}`)} {{revisionMessage}} ${link(banner.moreLink.href, banner.moreLink.text)}`,
      revisionMessage: escapeHtml(banner.revisionMessage),
      acceptAllBtn: escapeHtml(banner.acceptAll),
      acceptNecessaryBtn: escapeHtml(banner.rejectAll),
      showPreferencesBtn: escapeHtml(banner.showPreferences),
    },
    preferencesModal: {
      title: escapeHtml(preferences.title),
      acceptAllBtn: escapeHtml(preferences.acceptAll),
      acceptNecessaryBtn: escapeHtml(preferences.rejectAll),
      savePreferencesBtn: escapeHtml(preferences.save),
      closeIconLabel: preferences.close,
      sections: [
        { description: escapeHtml(preferences.intro) },
        ...categoryIds.map((id) => ({
          title: escapeHtml(config.categories[id].title),
          description: escapeHtml(config.categories[id].description),
          linkedCategory: id,
          cookieTable: categoryTable(config, id),
        })),
        { title: escapeHtml(preferences.moreTitle), description: link(banner.moreLink.href, banner.moreLink.text) },
      ],
    },
  };
}

/**
 * Auto-clear rules: the category's cookies by name, plus any prefix the config asks to sweep.
 * A category the visitor cannot refuse is never cleared, nor is the consent cookie.
 */
export function clearRules(config: ConsentConfig, category: CategoryId): ClearRule[] {
  if (config.categories[category].readOnly) return [];
  return config.cookies
    .filter((c) => c.category === category && c.name !== CONSENT_COOKIE)
    .flatMap((c): ClearRule[] => (c.clearPrefix ? [{ name: c.name }, { prefix: c.clearPrefix }] : [{ name: c.name }]));
}

/** Everything the browser needs for one page. */
export function consentPageData(config: ConsentConfig, page: { analytics: boolean }): ConsentPageData {
  return {
    analytics: page.analytics,
    measurementId: config.measurementId,
    analyticsCategory: 'analytics',
    clear: { analytics: clearRules(config, 'analytics') },
    options: {
      mode: 'opt-in',
      revision: config.revision,
      manageScriptTags: false,
      autoClearCookies: true,
      hideFromBots: true,
      disablePageInteraction: false,
      cookie: { name: CONSENT_COOKIE, expiresAfterDays: config.expiryDays, sameSite: 'Lax' },
      guiOptions: {
        consentModal: { layout: 'box inline', position: 'bottom right', equalWeightButtons: true, flipButtons: false },
        preferencesModal: { layout: 'box', equalWeightButtons: true, flipButtons: false },
      },
      // Nothing pre-ticked: only read-only categories start enabled.
      categories: Object.fromEntries(
        categoryIds.map((id) => [id, { enabled: config.categories[id].readOnly, readOnly: config.categories[id].readOnly }]),
      ),
      language: { default: 'sv', translations: { sv: translation(config) } },
    },
  };
}
