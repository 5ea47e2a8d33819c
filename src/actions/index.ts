/** Astro Actions: wiring only. The rules live in src/requests/. */
import { defineAction } from 'astro:actions';
import { requestSchema } from '../requests/schema';
import { actionAnswer, assertFormPage } from '../requests/action';
import { submissionIdentity } from '../eid/form';

export const server = {
  requests: {
    /** A data request (registerutdrag or rättelse) posted by the form on /dina-uppgifter/ or /en/your-data/, checked by its schema. */
    submit: defineAction({
      accept: 'form',
      input: requestSchema,
      handler: async (submitted, context) => {
        // The form page's path gives the request's language (the receipt's, and the company mail's language line).
        const locale = assertFormPage(context.url);
        // An identity verified with e-ID in this session replaces the posted name and personnummer (src/eid/form.ts).
        const verified = await submissionIdentity(context.locals.services.eid, context.session);
        return actionAnswer(await context.locals.services.requests.submit({ ...submitted, locale, verified }, context.locals.clientAddress));
      },
    }),
  },
};
