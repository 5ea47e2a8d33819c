/** The consent rules, as pure functions of what the browser knows. */

/** What the browser knows about the visitor's consent on this page. */
export interface ConsentState {
  /** A stored choice exists for the current revision. */
  hasChoice: boolean;
  /** The stored choice accepts Statistik. */
  analyticsAccepted: boolean;
  /** The browser sends Global Privacy Control. */
  gpc: boolean;
}

/** What /cookies/ tells the visitor about their choice. */
export type ChoiceStatus = 'undecided' | 'gpc' | 'accepted' | 'refused';

/** GA loads only on pages that allow it, after an explicit opt-in. GPC counts as a refusal until the visitor opts in anyway. */
export function shouldLoadAnalytics(pageAllowsAnalytics: boolean, state: ConsentState): boolean {
  return pageAllowsAnalytics && state.hasChoice && state.analyticsAccepted;
}

/** The banner is pushed only at visitors who have not chosen and whose browser has not already said no (GPC). */
export function shouldShowBanner(state: ConsentState): boolean {
  return !state.hasChoice && !state.gpc;
}

export function choiceStatus(state: ConsentState): ChoiceStatus {
  if (state.hasChoice) return state.analyticsAccepted ? 'accepted' : 'refused';
  return state.gpc ? 'gpc' : 'undecided';
}

/** `navigator.globalPrivacyControl`, which only some browsers define. */
export function sendsGlobalPrivacyControl(nav: Navigator | undefined): boolean {
  return (nav as (Navigator & { globalPrivacyControl?: unknown }) | undefined)?.globalPrivacyControl === true;
}
