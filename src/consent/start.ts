/** The consent script: what first-paint.ts requests once the page has been painted. */
import { startConsent } from './banner';
import { CONSENT_ROOT_ID } from './first-paint';

const root = document.getElementById(CONSENT_ROOT_ID);
if (root) void startConsent(root);
