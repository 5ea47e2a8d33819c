/**
 * Runs in the browser on every page: the consent banner (vanilla-cookieconsent), the GA loader
 * behind it, the Cookieinställningar buttons and the visitor's current choice on /cookies/.
 */
import {
  acceptCategory,
  acceptedCategory,
  eraseCookies,
  getCookie,
  getUserPreferences,
  run,
  show,
  validConsent,
  type CookieItem,
} from 'vanilla-cookieconsent';
import { startAnalytics, stopAnalytics } from './analytics';
import { choiceMethod, choiceStatus, sendsGlobalPrivacyControl, shouldLoadAnalytics, shouldShowBanner, type ConsentState } from './decision';
import { decodePageData, PAGE_DATA_ATTRIBUTE, type ClearRule, type ConsentPageData } from './page-data';
import { isSaveButton, makeBannerNonModal } from './library-overrides';
import { showReceipt } from './receipt';
import { newRecordId, sendRecords } from './records/sender';

/** Marks the elements that show the visitor's choice; each child with `data-when` is one status. */
export const STATUS_SELECTOR = '[data-consent-status]';
/** Marks the Cookieinställningar buttons, hidden until this script can make them work. */
export const SETTINGS_SELECTOR = '[data-consent-settings]';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function toCookieItems(rules: ClearRule[]): CookieItem[] {
  return rules.map((rule) => ({ name: 'prefix' in rule ? new RegExp(`^${escapeRegExp(rule.prefix)}`) : rule.name }));
}

function currentState(data: ConsentPageData, gpc: boolean): ConsentState {
  const hasChoice = validConsent();
  return { hasChoice, analyticsAccepted: hasChoice && acceptedCategory(data.analyticsCategory), gpc };
}

function showStatus(state: ConsentState): void {
  const status = choiceStatus(state);
  for (const element of document.querySelectorAll<HTMLElement>(STATUS_SELECTOR)) {
    for (const line of element.querySelectorAll<HTMLElement>('[data-when]')) {
      line.hidden = line.dataset.when !== status;
    }
  }
}

/** The custom property theme.css reserves at the bottom of the page while the banner shows. */
const BANNER_SIZE_PROPERTY = '--consent-banner-block-size';

/**
 * Keeps the banner's current height in a custom property on <html> while it shows, so the page can be scrolled
 * clear of it and focus is never hidden underneath (WCAG 2.2, 2.4.11). Returns the function that stops it.
 */
function reserveBannerSpace(modal: HTMLElement): () => void {
  const style = document.documentElement.style;
  const observer = new ResizeObserver(() => {
    const height = modal.getBoundingClientRect().height;
    const gap = window.innerHeight - modal.getBoundingClientRect().bottom;
    style.setProperty(BANNER_SIZE_PROPERTY, `${Math.ceil(height + Math.max(gap, 0))}px`);
  });
  observer.observe(modal);
  return () => {
    observer.disconnect();
    style.removeProperty(BANNER_SIZE_PROPERTY);
  };
}

export async function startConsent(root: HTMLElement): Promise<void> {
  const data = decodePageData(root.getAttribute(PAGE_DATA_ATTRIBUTE));
  if (!data) return;
  const gpc = sendsGlobalPrivacyControl(navigator);
  const clearItems = Object.fromEntries(
    Object.entries(data.clear).map(([category, rules]) => [category, toCookieItems(rules ?? [])]),
  );

  const apply = () => {
    const state = currentState(data, gpc);
    if (shouldLoadAnalytics(data.analytics, state)) {
      startAnalytics(data.measurementId);
    } else {
      stopAnalytics(data.measurementId);
      // After GA is stopped, so it cannot write them back; covers host-only, this domain and, on www., its parent.
      const items = clearItems[data.analyticsCategory] ?? [];
      if (state.hasChoice && !state.analyticsAccepted && items.length > 0) eraseCookies(items.map((i) => i.name));
    }
    showStatus(state);
  };

  const categories = Object.fromEntries(
    Object.entries(data.options.categories).map(([id, category]) => {
      const cookies = clearItems[id];
      return [id, cookies?.length ? { ...category, autoClear: { cookies } } : category];
    }),
  );

  // The control outside the dialog that opened the preferences (footer, /cookies/). The library returns focus
  // to it on Escape, but when the banner closes in the same step it sends focus to <body>: put it back.
  let opener: HTMLElement | null = null;
  // How the next saved choice is made, for its record: the callbacks do not say which button, or that GPC refused.
  let saved = false;
  let byGpc = false;
  root.addEventListener('click', (event) => (saved = isSaveButton(event.target)), true);
  /** Records the choice just saved (made or changed); nothing is recorded for a page view. */
  const record = (withdrew: boolean) => {
    const { acceptType, acceptedCategories, rejectedCategories } = getUserPreferences();
    void sendRecords(data.record.url, {
      recordId: newRecordId(),
      consentId: getCookie('consentId'),
      accepted: acceptedCategories,
      rejected: rejectedCategories,
      revision: data.options.revision,
      locale: data.options.language.default,
      path: location.pathname,
      method: choiceMethod({ byGpc, withdrew, saved, acceptType }),
      textVersion: data.record.textVersion,
    });
    saved = byGpc = false;
  };
  let bannerElement: HTMLElement | undefined;
  let releaseBannerSpace: (() => void) | undefined;

  await run({
    ...data.options,
    root,
    categories,
    // Shown below, by the tested rule (decision.ts), once the stored choice has been read.
    autoShow: false,
    onConsent: apply,
    onFirstConsent: () => record(false),
    onChange: ({ changedCategories }) => {
      apply();
      record(changedCategories.some((category) => !acceptedCategory(category)));
    },
    onModalReady: ({ modalName, modal }) => {
      if (modalName !== 'consentModal') return;
      makeBannerNonModal(modal);
      bannerElement = modal;
    },
    onModalShow: ({ modalName }) => {
      if (modalName === 'consentModal' && bannerElement && !releaseBannerSpace) releaseBannerSpace = reserveBannerSpace(bannerElement);
      if (modalName !== 'preferencesModal') return;
      showReceipt(root);
      const active = document.activeElement;
      opener = active instanceof HTMLElement && !root.contains(active) && active !== document.body ? active : null;
    },
    onModalHide: ({ modalName }) => {
      if (modalName === 'consentModal') {
        releaseBannerSpace?.();
        releaseBannerSpace = undefined;
      }
      if (modalName !== 'preferencesModal' || !opener) return;
      const target = opener;
      opener = null;
      setTimeout(() => {
        if (target.isConnected && target.checkVisibility()) target.focus();
      });
    },
  });

  // GPC is a refusal already given: saved (and recorded) as one, so the banner is not pushed;
  // Cookieinställningar still lets the visitor opt in.
  if (gpc && !validConsent()) {
    byGpc = true;
    acceptCategory([]);
  }
  const state = currentState(data, gpc);
  if (shouldShowBanner(state)) show(true);
  // Records a blip kept back, from this page or an earlier one.
  void sendRecords(data.record.url);
  window.addEventListener('online', () => void sendRecords(data.record.url));
  for (const button of document.querySelectorAll<HTMLElement>(SETTINGS_SELECTOR)) button.hidden = false;
  showStatus(state);
}
