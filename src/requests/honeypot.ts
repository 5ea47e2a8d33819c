/** The honeypot: a field hidden from people and tempting to bots; a request that fills it in is dropped. */

/** The honeypot field's name, shared by the form that renders it and the handler that checks it. */
export const HONEYPOT_FIELD = 'website';
