/** The inline script of first-paint.ts as the page carries it, with its CSP hash. */
import { createHash } from 'node:crypto';
import { CONSENT_COOKIE } from './config';
import { HIDE_FROM_BOTS } from './page-data.server';
import {
  ASK_CLASS,
  asksAtFirstPaint,
  beforeFirstPaint,
  CHOICE_ATTRIBUTE,
  CONSENT_ROOT_ID,
  PENDING_ATTRIBUTE,
  READY_ATTRIBUTE,
  SCRIPT_ATTRIBUTE,
  SCRIPT_CLASS,
  type FirstPaintOptions,
} from './first-paint';

/** The site's options: the library's cookie and hideFromBots as the banner runs it, the names the markup uses. */
export const firstPaintOptions: FirstPaintOptions = {
  cookieName: CONSENT_COOKIE,
  hideFromBots: HIDE_FROM_BOTS,
  rootId: CONSENT_ROOT_ID,
  askClass: ASK_CLASS,
  scriptClass: SCRIPT_CLASS,
  scriptAttribute: SCRIPT_ATTRIBUTE,
  choiceAttribute: CHOICE_ATTRIBUTE,
  pendingAttribute: PENDING_ATTRIBUTE,
  readyAttribute: READY_ATTRIBUTE,
};

/** The inline script's text and its CSP hash (`sha256-…`), for the page's script-src. */
export function firstPaintScript(options: FirstPaintOptions = firstPaintOptions): { code: string; hash: `sha256-${string}` } {
  const code = `(${beforeFirstPaint.toString()})(${JSON.stringify(options)},document,window,${asksAtFirstPaint.toString()});`;
  return { code, hash: `sha256-${createHash('sha256').update(code).digest('base64')}` };
}
