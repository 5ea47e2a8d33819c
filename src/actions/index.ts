/** Astro Actions: wiring only. The rules live in src/requests/. */
import { defineAction } from 'astro:actions';
import { submitForm } from '../requests/action';

export const server = {
  requests: {
    /**
     * A data request (registerutdrag or rättelse) posted by the form on /dina-uppgifter/ or /en/your-data/. No `input`:
     * the schema is applied in the handler, with the e-ID's identity from the session (src/requests/submission.ts).
     */
    submit: defineAction({
      accept: 'form',
      handler: (form: FormData, context) => submitForm(form, context),
    }),
  },
};
