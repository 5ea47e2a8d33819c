// html-validate's settings for the built pages (npm run lint:html) and the on-demand ones (tests/e2e/html-valid.spec.ts).
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // The rule guards search results, which cut titles at about 70 characters. The one longer title is the data-request
    // form's with "Fel: " before it (GOV.UK's pattern for a form with errors): the answer to a POST, which no search engine sees.
    'long-title': 'off',
    // Phone numbers keep their ordinary spaces and hyphen, as the client writes them and a dialler or a search
    // expects them; the `phone` class keeps each on one line with CSS (white-space: nowrap) instead.
    'tel-non-breaking': ['error', { ignoreClasses: ['phone'] }],
  },
};
