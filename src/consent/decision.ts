/** The consent rules, as pure functions of what the browser knows. */
import type { ConsentMethod } from './records/record';

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

/** A refusal while the browser sends GPC is told as GPC's: the visitor may not know their browser said it. */
export function choiceStatus(state: ConsentState): ChoiceStatus {
  if (state.hasChoice) return state.analyticsAccepted ? 'accepted' : state.gpc ? 'gpc' : 'refused';
  return state.gpc ? 'gpc' : 'undecided';
}

/** `navigator.globalPrivacyControl`, which only some browsers define. */
export function sendsGlobalPrivacyControl(nav: Navigator | undefined): boolean {
  return (nav as (Navigator & { globalPrivacyControl?: unknown }) | undefined)?.globalPrivacyControl === true;
}

/** What the banner's script knows when a choice is saved. */
export interface SavedChoice {
  /** The site refused for the visitor because the browser sends GPC. */
  byGpc: boolean;
  /** A category the visitor had accepted is now refused. */
  withdrew: boolean;
  /** The preferences' "Spara mina val" was the button pressed. */
  saved: boolean;
  /** The library's summary of the choice. */
  acceptType: 'all' | 'necessary' | 'custom';
}

/** How a choice was made, as its record says. */
export function choiceMethod(choice: SavedChoice): ConsentMethod {
  if (choice.byGpc) return 'gpc';
  if (choice.withdrew) return 'withdrawal';
  if (choice.saved || choice.acceptType === 'custom') return 'custom';
  return choice.acceptType === 'all' ? 'accept-all' : 'reject-all';
}
