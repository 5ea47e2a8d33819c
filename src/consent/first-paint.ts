/**
 * The one script that runs before the first paint, inline in <head> and allowed by its hash (ConsentHead.astro). It
 * decides whether the banner's first layer, which is in every page's HTML, is part of that paint, and it requests the
 * consent script (vanilla-cookieconsent and banner.ts) only once the page has been painted: the first paint waits for
 * nothing but the HTML.
 */
/** The element that holds the first layer, the consent data and the library's own markup. */
export const CONSENT_ROOT_ID = 'consent';
/** The class on <html> that shows the first layer (ConsentBanner.astro's CSS). */
export const ASK_CLASS = 'consent-ask';
/** The class on <html> when the consent script will run: it shows the Cookieinställningar buttons (CookieSettingsButton.astro). */
export const SCRIPT_CLASS = 'consent-script';
/** On the consent root: the URL of the consent script. */
export const SCRIPT_ATTRIBUTE = 'data-consent-script';
/** On each of the first layer's buttons and each Cookieinställningar button: the choice it makes. */
export const CHOICE_ATTRIBUTE = 'data-consent-choice';
/** On the consent root: a choice clicked before the consent script was there, for it to carry out. */
export const PENDING_ATTRIBUTE = 'data-consent-pending';
/** On the consent root once the consent script handles the buttons itself. */
export const READY_ATTRIBUTE = 'data-consent-ready';
/** On the consent root: the URL of the preferences' stylesheet, which the consent script adds when they first open. */
export const STYLESHEET_ATTRIBUTE = 'data-consent-stylesheet';
/** On the consent root once the preferences' stylesheet has loaded or failed: the library's markup may show. */
export const STYLED_ATTRIBUTE = 'data-consent-styled';
/** Marks the first layer. */
export const BANNER_ATTRIBUTE = 'data-consent-banner';
/** Marks the first layer's sentence for a visitor asked again because what the site stores has changed. */
export const REVISION_ATTRIBUTE = 'data-consent-revision';

/** The first layer's three buttons. */
export type BannerChoice = 'all' | 'necessary' | 'preferences';

/** What the browser knows before any script of the site has run. */
export interface FirstPaintFacts {
  /** The library's cookie is there: the visitor has chosen (banner.ts asks again if that choice is out of date). */
  storedChoice: boolean;
  /** The browser sends Global Privacy Control: a refusal already given (decision.ts). */
  gpc: boolean;
  /** `navigator.webdriver`: an automated browser. */
  automated: boolean;
  /** The library's `hideFromBots`: no banner for automated browsers. */
  hideFromBots: boolean;
}

/** Whether the first layer shows at the first paint: the rule of decision.ts's shouldShowBanner, on what is known before the library runs. */
export function asksAtFirstPaint(facts: FirstPaintFacts): boolean {
  return !facts.storedChoice && !facts.gpc && !(facts.hideFromBots && facts.automated);
}

/** What the inline script is told, as JSON. */
export interface FirstPaintOptions {
  cookieName: string;
  hideFromBots: boolean;
  rootId: string;
  askClass: string;
  scriptClass: string;
  scriptAttribute: string;
  choiceAttribute: string;
  pendingAttribute: string;
  readyAttribute: string;
}

/**
 * Runs in the browser as the text of the inline script: it may use nothing but its parameters. The consent script is
 * requested once the browser reports the first contentful paint (where it cannot, in the task after the next frame)
 * and the document is parsed, or at the first click on a choice of the first layer, which it then carries out.
 */
export function beforeFirstPaint(o: FirstPaintOptions, doc: Document, win: Window & typeof globalThis, asks: (facts: FirstPaintFacts) => boolean): void {
  const nav = win.navigator as Navigator & { globalPrivacyControl?: unknown };
  const storedChoice = doc.cookie.split(';').some((part) => part.trim().startsWith(`${o.cookieName}=`));
  const ask = asks({ storedChoice, gpc: nav.globalPrivacyControl === true, automated: nav.webdriver === true, hideFromBots: o.hideFromBots });
  doc.documentElement.classList.toggle(o.askClass, ask);
  doc.documentElement.classList.add(o.scriptClass);

  let requested = false;
  const request = () => {
    if (doc.readyState === 'loading') {
      doc.addEventListener('DOMContentLoaded', request, { once: true });
      return;
    }
    const src = doc.getElementById(o.rootId)?.getAttribute(o.scriptAttribute);
    if (requested || !src) return;
    requested = true;
    const script = doc.createElement('script');
    script.type = 'module';
    script.src = src;
    doc.head.append(script);
  };
  doc.addEventListener(
    'click',
    (event) => {
      const root = doc.getElementById(o.rootId);
      const button = event.target instanceof Element ? event.target.closest(`[${o.choiceAttribute}]`) : null;
      if (!root || !button || root.hasAttribute(o.readyAttribute)) return;
      root.setAttribute(o.pendingAttribute, button.getAttribute(o.choiceAttribute) ?? '');
      request();
    },
    true,
  );
  if (win.PerformanceObserver?.supportedEntryTypes?.includes('paint')) {
    new win.PerformanceObserver((list, observer) => {
      if (list.getEntriesByName('first-contentful-paint').length === 0) return;
      observer.disconnect();
      request();
    }).observe({ type: 'paint', buffered: true });
  } else {
    win.requestAnimationFrame(() => win.setTimeout(request));
  }
}
