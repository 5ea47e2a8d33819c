/**
 * What the site changes of vanilla-cookieconsent's DOM and behaviour beyond its documented options, in one place with
 * library-overrides.css. Written for LIBRARY_VERSION (pinned in package.json); tests/unit/consent/library-overrides.test.ts
 * fails when an upgrade changes the version or drops what these rely on.
 */

/** The version of vanilla-cookieconsent these overrides were written and tested against. */
export const LIBRARY_VERSION = '3.1.0';

/** The library marks its own buttons with `data-role` (all, necessary, save); "save" is the preferences' "Spara mina val". */
export const LIBRARY_SAVE_ROLE = 'save';

/** Whether a click landed on the preferences' save button: the library's callbacks do not say which button was pressed. */
export function isSaveButton(target: EventTarget | null): boolean {
  return target instanceof Element && !!target.closest(`[data-role="${LIBRARY_SAVE_ROLE}"]`);
}
