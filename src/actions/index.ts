/** Astro Actions: wiring only. The rules live in src/requests/. */
import { defineAction } from 'astro:actions';
import { submitDataRequest } from '../requests/server';
import { actionResult } from '../requests/outcome';

export const server = {
  requests: {
    /** A data request (registerutdrag or rättelse) posted by the form on /dina-uppgifter/. */
    submit: defineAction({
      accept: 'form',
      handler: async (form, context) => actionResult(await submitDataRequest(form, context.clientAddress)),
    }),
  },
};
