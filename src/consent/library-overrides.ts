/**
 * What the site changes of vanilla-cookieconsent's DOM and behaviour beyond its documented options, in one place with
 * library-overrides.css. Written for LIBRARY_VERSION (pinned in package.json); tests/unit/consent/library-overrides.test.ts
 * fails when an upgrade changes the version or drops what these rely on.
 */

/** The version of vanilla-cookieconsent these overrides were written and tested against. */
export const LIBRARY_VERSION = '3.1.0';

/** The element inside the banner that the library focuses after showing it (an empty focus target). */
export const LIBRARY_FOCUS_TARGET = ':scope > div[tabindex="-1"]';

/**
 * The first layer is a banner, not a modal dialog: it does not take focus when the page opens and
 * does not trap Tab, so the skip link stays first and a keyboard user can read the page before choosing.
 * It sits right after the skip link in the tab order. The preferences stay a real modal dialog.
 */
export function makeBannerNonModal(modal: HTMLElement): void {
  modal.setAttribute('role', 'region');
  modal.removeAttribute('aria-modal');
  // The library focuses this empty element 100 ms after showing the banner.
  modal.querySelector(LIBRARY_FOCUS_TARGET)?.removeAttribute('tabindex');
  // The library traps Tab inside the banner with a capturing listener on #cc-main; stop the event before it gets there.
  window.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Tab' && event.target instanceof Node && modal.contains(event.target)) event.stopPropagation();
    },
    true,
  );
}

/** The library marks its own buttons with `data-role` (all, necessary, save); "save" is the preferences' "Spara mina val". */
export const LIBRARY_SAVE_ROLE = 'save';

/** Whether a click landed on the preferences' save button: the library's callbacks do not say which button was pressed. */
export function isSaveButton(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest(`[data-role="${LIBRARY_SAVE_ROLE}"]`) !== null;
}
