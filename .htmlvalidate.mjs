// html-validate's settings for the built pages (npm run lint:html) and the on-demand ones (tests/site/on-demand-html.test.ts).
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // The rule guards search results, which cut titles at about 70 characters. The one longer title is the data-request
    // form's with "Fel: " before it (GOV.UK's pattern for a form with errors): the answer to a POST, which no search engine sees.
    'long-title': 'off',
    // Phone numbers are shown with non-breaking spaces (site.config.ts, displayPhone) but keep the client's ordinary
    // hyphen, which a dialler or a search expects; the `phone` class keeps the hyphen from breaking (white-space: nowrap).
    'tel-non-breaking': ['error', { ignoreClasses: ['phone'] }],
    // The header holds the navigation twice: a row of links for wide screens and the same links in the phone's
    // "Meny" disclosure, which opens without JavaScript. CSS displays exactly one of them (display: none on the
    // other), so assistive technology only ever meets one "Huvudmeny" landmark (tests/e2e/pages.spec.ts finds it by role).
    'unique-landmark': 'off',
  },
};
