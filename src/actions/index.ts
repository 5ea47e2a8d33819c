/** Astro Actions: wiring only. The rules live in src/requests/. */
import { defineAction } from 'astro:actions';
import { requestSchema } from '../requests/schema';
import { actionAnswer, assertFormPage } from '../requests/action';

export const server = {
  requests: {
    /** A data request (registerutdrag or rättelse) posted by the form on /dina-uppgifter/ or /en/your-data/, checked by its schema. */
    submit: defineAction({
      accept: 'form',
      input: requestSchema,
      handler: async (submitted, context) => {
        // The form page's path gives the request's language (the receipt's, and the company mail's language line).
        const locale = assertFormPage(context.url);
        return actionAnswer(await context.locals.services.requests.submit({ ...submitted, locale }, context.locals.clientAddress));
      },
    }),
  },
};
