/**
 * The footer's id, which the layout's `<link rel="expect" blocking="render">` waits for: the first paint comes once
 * everything before the footer is parsed, never from half a header (a paint with the brand but not yet the Meny button
 * moved the brand when the rest arrived: a layout shift the bench saw on a phone, one load in three).
 */
export const FOOTER_ID = 'site-footer';
