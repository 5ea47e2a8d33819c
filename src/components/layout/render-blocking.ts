/**
 * The main content's id: the skip link's target, and what the layout's `<link rel="expect" blocking="render">` waits
 * for. The first paint comes once the whole header is parsed, never from half of it (a paint with the brand but not
 * yet the Meny button moved the brand when the rest arrived: a layout shift the bench saw on a phone, one load in
 * three), while the main content may still be painted as it arrives.
 */
export const MAIN_ID = 'main';
