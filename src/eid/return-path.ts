/**
 * The broker sends the visitor back to the path registered with it (EID_REDIRECT_PATH); the page that answers has a
 * fixed one (src/pages/e-legitimation/retur.ts). The production server rewrites the one to the other (src/server/app.ts).
 */
import { DEFAULT_EID_REDIRECT_PATH } from './settings.ts';

/** A return from the broker at EID_REDIRECT_PATH, as the e-ID return page's own path; any other URL as it is. */
export function eidReturnUrl(url: string, redirectPath: string | undefined): string {
  if (!redirectPath || redirectPath === DEFAULT_EID_REDIRECT_PATH) return url;
  const [path, query] = url.split('?', 2) as [string, string | undefined];
  if (path !== redirectPath) return url;
  return `${DEFAULT_EID_REDIRECT_PATH}${query === undefined ? '' : `?${query}`}`;
}
