/**
 * Runs in the browser on every page, once the page has been painted (first-paint.ts requests it): the first layer's
 * buttons (ConsentBanner.astro), the preferences (vanilla-cookieconsent), the GA loader behind them, the
 * Cookieinställningar buttons and the visitor's current choice on /cookies/.
 */
import {
  acceptCategory,
  acceptedCategory,
  eraseCookies,
  getCookie,
  getUserPreferences,
  run,
  showPreferences,
  validConsent,
  type CookieItem,
} from 'vanilla-cookieconsent';
import { startAnalytics, stopAnalytics } from './analytics';
import { choiceStatus, sendsGlobalPrivacyControl, shouldLoadAnalytics, shouldShowBanner, type ChoiceStatus, type ConsentState } from './decision';
import {
  ASK_CLASS,
  CHOICE_ATTRIBUTE,
  PENDING_ATTRIBUTE,
  READY_ATTRIBUTE,
  REVISION_ATTRIBUTE,
  STYLED_ATTRIBUTE,
  STYLESHEET_ATTRIBUTE,
} from './first-paint';
import type { CategoryId } from './config';
import { decodePageData, PAGE_DATA_ATTRIBUTE, type ClearRule } from './page-data';
import { isSaveButton } from './library-overrides';
import { showReceipt } from './receipt';
import { choiceRecord } from './records/choice-record';
import { sendRecords } from './records/sender';
import { loadStylesheet } from './stylesheet';
import { yieldToMain } from './yield';

/** The lines of the elements that show the visitor's choice (ConsentStatus.astro): each `data-when` is one status. */
const STATUS_LINES = '[data-consent-status] [data-when]';

/** The cookies to delete when a category is refused, as the library takes them: a prefix as a RegExp. */
function cookieItems(rules: ClearRule[] = []): CookieItem[] {
  // The prefix taken literally: every character but a letter, a digit or _ escaped (an identity escape outside u-mode).
  return rules.map((rule) => ({ name: 'prefix' in rule ? new RegExp(`^${rule.prefix.replace(/\W/g, '\\$&')}`) : rule.name }));
}

function showStatus(status: ChoiceStatus): void {
  for (const line of document.querySelectorAll<HTMLElement>(STATUS_LINES)) line.hidden = line.dataset.when !== status;
}


export async function startConsent(root: HTMLElement): Promise<void> {
  const data = decodePageData(root.getAttribute(PAGE_DATA_ATTRIBUTE));
  if (!data) return;
  const gpc = sendsGlobalPrivacyControl(navigator);
  const currentState = (): ConsentState => {
    const hasChoice = validConsent();
    return { hasChoice, analyticsAccepted: hasChoice && acceptedCategory(data.analyticsCategory), gpc };
  };
  // The first layer's one sentence for a visitor asked again (ConsentBanner.astro).
  const revision = root.querySelector<HTMLElement>(`[${REVISION_ATTRIBUTE}]`);
  /**
   * Shows or hides the first layer, with the sentence for a visitor asked again. Its room on the page is kept by CSS
   * (ConsentBanner.astro), not measured here: nothing is laid out again after the first paint.
   */
  const ask = (asking: boolean, revised?: boolean) => {
    document.documentElement.classList.toggle(ASK_CLASS, asking);
    if (revision) revision.hidden = !revised;
  };

  const apply = () => {
    const state = currentState();
    if (shouldLoadAnalytics(data.analytics, state)) {
      startAnalytics(data.measurementId);
    } else {
      stopAnalytics(data.measurementId);
      // After GA is stopped, so it cannot write them back; covers host-only, this domain and, on www., its parent.
      const items = cookieItems(data.clear[data.analyticsCategory]);
      if (state.hasChoice && !state.analyticsAccepted && items.length > 0) eraseCookies(items.map((i) => i.name));
    }
    showStatus(choiceStatus(state));
  };

  const categories = Object.fromEntries(
    Object.entries(data.options.categories).map(([id, category]) => {
      const cookies = cookieItems(data.clear[id as CategoryId]);
      return [id, cookies.length ? { ...category, autoClear: { cookies } } : category];
    }),
  );

  // The preferences' stylesheet is fetched when they first open: the first layer needs none of it.
  const stylesheet = root.getAttribute(STYLESHEET_ATTRIBUTE);
  let styled: Promise<void> | string | null | undefined;
  const openPreferences = async () => {
    // No stylesheet named (''/null): nothing to wait for.
    await (styled ??= stylesheet && loadStylesheet(stylesheet));
    // Styled, or unstyled if the stylesheet failed: shown either way, never a button that does nothing.
    root.setAttribute(STYLED_ATTRIBUTE, '');
    showPreferences();
  };

  // How the next saved choice is made, for its record: the callbacks do not say which button, or that GPC refused.
  let saved = false;
  let byGpc = false;
  root.addEventListener('click', (event) => (saved = isSaveButton(event.target)), true);
  /** Records the choice just saved (made or changed); nothing is recorded for a page view. */
  const record = (withdrew: boolean) => {
    const facts = { preferences: getUserPreferences(), consentId: getCookie('consentId'), path: location.pathname, byGpc, withdrew, saved };
    void sendRecords(data.record.url, choiceRecord(data, facts));
    saved = byGpc = false;
  };

  /** The library's start and what follows it: the stored choice read, GPC's refusal saved, the first layer shown or not. */
  const startLibrary = async () => {
    await run({
      ...data.options,
      root,
      categories,
      // The first layer is the site's own (ConsentBanner.astro): the library's is never shown.
      autoShow: false,
      onConsent: () => {
        ask(false);
        apply();
      },
      onFirstConsent: () => record(false),
      onChange: ({ changedCategories }) => {
        apply();
        record(changedCategories.some((category) => !acceptedCategory(category)));
      },
      // No onModalHide: the library itself returns focus to the control that opened the preferences. Moving it again
      // later could pull it from where the visitor has already moved on (tests/e2e/consent/banner.spec.ts).
      onModalShow: ({ modalName }) => {
        if (modalName === 'preferencesModal') showReceipt(root);
      },
    });

    await yieldToMain();
    // GPC is a refusal already given: saved (and recorded) as one, so the banner is not pushed;
    // Cookieinställningar still lets the visitor opt in.
    if (gpc && !validConsent()) {
      byGpc = true;
      acceptCategory([]);
    }
    const state = currentState();
    // A stored choice of an earlier revision: ConsentHead's script hid the first layer, but the visitor is asked again.
    const storedRevision: unknown = getCookie('revision');
    const revised = !state.hasChoice && typeof storedRevision === 'number' && storedRevision !== data.options.revision;
    ask(shouldShowBanner(state) && !(data.options.hideFromBots && navigator.webdriver), revised);
    showStatus(choiceStatus(state));
  };
  let library: Promise<void> | undefined;
  const libraryStarted = () => (library ??= startLibrary());

  // A first visit (the first layer asks: no stored choice, no GPC, not a bot) needs nothing of the library until the
  // visitor chooses or opens the preferences: its start is kept off the page's load, which it would otherwise block.
  // Every other visit starts it now, for the GA loader, GPC's refusal and a choice of an earlier revision.
  if (document.documentElement.classList.contains(ASK_CLASS)) {
    showStatus('undecided');
  } else {
    await libraryStarted();
  }

  const choose = async (choice: string | null) => {
    if (!choice) return;
    await libraryStarted();
    if (choice === 'all') acceptCategory('all');
    else if (choice === 'necessary') acceptCategory([]);
    // 'preferences', the one other choice a button carries (first-paint.ts's BannerChoice).
    else await openPreferences();
  };
  // The first layer's buttons and every Cookieinställningar button (footer, /cookies/).
  for (const button of document.querySelectorAll<HTMLElement>(`[${CHOICE_ATTRIBUTE}]`)) {
    button.addEventListener('click', () => void choose(button.getAttribute(CHOICE_ATTRIBUTE)));
  }
  // A choice clicked before this script was there (first-paint.ts kept it): carried out now.
  root.setAttribute(READY_ATTRIBUTE, '');
  const pending = root.getAttribute(PENDING_ATTRIBUTE);
  root.removeAttribute(PENDING_ATTRIBUTE);
  void choose(pending);

  // Records a blip kept back, from this page or an earlier one: now, and when the browser is back online.
  const sendWaiting = () => void sendRecords(data.record.url);
  sendWaiting();
  window.addEventListener('online', sendWaiting);
}
