/** Astro Actions: wiring only. The rules live in src/requests/. */
import { defineAction } from 'astro:actions';
import { requestSchema } from '../requests/schema';
import { submitDataRequest } from '../requests/server';
import { actionResult, assertFormPage } from '../requests/action';

export const server = {
  requests: {
    /** A data request (registerutdrag or rättelse) posted by the form on /dina-uppgifter/, checked by its schema. */
    submit: defineAction({
      accept: 'form',
      input: requestSchema,
      handler: async (submitted, context) => {
        assertFormPage(context.url);
        return actionResult(await submitDataRequest(submitted, context.clientAddress));
      },
    }),
  },
};
