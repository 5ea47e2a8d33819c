import type { Translation } from 'vanilla-cookieconsent';
import { consentText } from '../i18n/consent';
import type { Locale } from '../i18n/locales';
import { pathTo } from '../i18n/routes';
import { CONSENT_COOKIE, GA_PROVIDER, type CategoryId, type ConsentConfig } from './config';
import { cookieTableRows, cookieTableColumns } from './cookie-table';
import type { ClearRule, ConsentPageData, ReceiptPart } from './page-data';
import { CONSENT_RECORDS_PATH } from './records/record';
import { serialiseText, textVersion } from './records/text-version';

const categoryIds: CategoryId[] = ['necessary', 'analytics'];

/** The library's hideFromBots: no banner for automated browsers (first-paint.ts follows it for the first layer). */
export const HIDE_FROM_BOTS = true;

/** The library puts its texts in as HTML: ours are plain text. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function link(href: string, text: string): string {
  return `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>`;
}

/** The cookies of one category as the preferences' table (no Kategori column: the section names it). */
function categoryTable(
  config: ConsentConfig,
  category: CategoryId,
  locale: Locale,
): NonNullable<Translation['preferencesModal']['sections'][number]['cookieTable']> {
  const text = consentText(locale);
  const rows = cookieTableRows({ ...config, cookies: config.cookies.filter((c) => c.category === category) }, locale);
  const columns = cookieTableColumns(locale).filter(({ key }) => key !== 'category');
  return {
    caption: escapeHtml(`${text.table.caption}: ${text.categories[category].title}`),
    headers: Object.fromEntries(columns.map(({ key, label }) => [key, escapeHtml(label)])),
    body: rows.map((row) => Object.fromEntries(columns.map(({ key }) => [key, escapeHtml(row[key])]))),
  };
}

/** "Ditt sparade val": phrasing content only, since the library puts a section's description in a <p>. */
function receiptHtml(text: ReturnType<typeof consentText>['receipt']): string {
  const part = (name: ReceiptPart, tag: string, content = '', hidden = false) => `<${tag} data-receipt="${name}"${hidden ? ' hidden' : ''}>${content}</${tag}>`;
  const ids = `${escapeHtml(text.id)}: ${part('id', 'strong')}<br>${escapeHtml(text.changed)}: ${part('changed', 'time')}<br>`;
  return `${part('none', 'span', `${escapeHtml(text.none)}<br>`)}${part('ids', 'span', ids, true)}${escapeHtml(text.note)}`;
}

/** The first layer's texts in the language (plain text): what ConsentBanner.astro shows. */
export function firstLayerText(locale: Locale) {
  const { banner } = consentText(locale);
  return {
    label: banner.label,
    title: banner.title,
    description: `${banner.description} ${banner.recipient(GA_PROVIDER)} ${banner.withdraw}`,
    revisionMessage: banner.revisionMessage,
    // The link to /cookies/ ends the text rather than taking a row of its own: a shorter banner on a phone.
    more: { href: pathTo('cookies', locale), text: banner.moreLink },
    choices: { all: banner.acceptAll, necessary: banner.rejectAll, preferences: banner.showPreferences },
  } as const;
}

/**
 * Both layers' texts in the language, from its strings and the config; links go to the cookies page in that language.
 * The site shows its own first layer (ConsentBanner.astro, from firstLayerText), never the library's; its consentModal
 * holds the same words, so a record's text version (records/text-version.ts) covers what the visitor saw.
 */
export function translation(config: ConsentConfig, locale: Locale): Translation {
  const { preferences, categories, receipt } = consentText(locale);
  const first = firstLayerText(locale);
  const moreLink = link(first.more.href, first.more.text);
  return {
    consentModal: {
      label: first.label,
      title: escapeHtml(first.title),
      description: `${escapeHtml(first.description)} {{revisionMessage}} ${moreLink}`,
      revisionMessage: escapeHtml(first.revisionMessage),
      acceptAllBtn: escapeHtml(first.choices.all),
      acceptNecessaryBtn: escapeHtml(first.choices.necessary),
      showPreferencesBtn: escapeHtml(first.choices.preferences),
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
          title: escapeHtml(categories[id].title),
          description: escapeHtml(categories[id].description),
          linkedCategory: id,
          cookieTable: categoryTable(config, id, locale),
        })),
        { title: escapeHtml(receipt.title), description: receiptHtml(receipt) },
        { title: escapeHtml(preferences.moreTitle), description: moreLink },
      ],
    },
  };
}

/**
 * Auto-clear rules: the category's cookies by name, plus any prefix the config asks to sweep (the library clears cookies only).
 * A category the visitor cannot refuse is never cleared, nor is the consent cookie.
 */
export function clearRules(config: ConsentConfig, category: CategoryId): ClearRule[] {
  if (config.categories[category].readOnly) return [];
  return config.cookies
    .filter((c) => c.category === category && c.storage === 'cookie' && c.name !== CONSENT_COOKIE)
    .flatMap((c): ClearRule[] => (c.clearPrefix ? [{ name: c.name }, { prefix: c.clearPrefix }] : [{ name: c.name }]));
}

/**
 * Everything the browser needs for one page, in the page's language. Only that language's texts are embedded, as the
 * default (`autoDetect` reads <html lang> and falls back to it): every page carries them before consent, and the
 * bench's page-weight budget (bench/config.ts) has no room for a language the page does not show.
 * The consent cookie and the revision are the same in every language, so a choice made on one holds on the other.
 */
export function consentPageData(config: ConsentConfig, page: { analytics: boolean; locale: Locale }): ConsentPageData {
  return {
    analytics: page.analytics,
    measurementId: config.measurementId,
    analyticsCategory: 'analytics',
    clear: { analytics: clearRules(config, 'analytics') },
    record: { url: CONSENT_RECORDS_PATH, textVersion: textVersion(serialiseText(translation(config, page.locale))) },
    options: {
      mode: 'opt-in',
      revision: config.revision,
      manageScriptTags: false,
      autoClearCookies: true,
      hideFromBots: HIDE_FROM_BOTS,
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
      language: { default: page.locale, autoDetect: 'document', translations: { [page.locale]: translation(config, page.locale) } },
    },
  };
}
