/**
 * In the browser: the record of a choice just saved, as the banner sends it (banner.ts). A pure function of what the
 * library and the page say, so a unit test holds what the banner builds to the server's schema.
 */
import type { UserPreferences } from 'vanilla-cookieconsent';
import { choiceMethod, type SavedChoice } from '../decision';
import type { ConsentPageData } from '../page-data';
import type { ConsentRecord } from './record';
import { newRecordId } from './sender';

/** What the banner's script knows when a choice is saved. */
export interface ChoiceFacts extends Omit<SavedChoice, 'acceptType'> {
  /** The library's `getUserPreferences()`. */
  preferences: Pick<UserPreferences, 'acceptType' | 'acceptedCategories' | 'rejectedCategories'>;
  /** The library's consent ID (`getCookie('consentId')`). */
  consentId: string;
  /** The page's path (`location.pathname`). */
  path: string;
}

export function choiceRecord(data: Pick<ConsentPageData, 'record' | 'options'>, facts: ChoiceFacts): ConsentRecord {
  const { preferences, consentId, path, ...how } = facts;
  return {
    recordId: newRecordId(),
    consentId,
    accepted: preferences.acceptedCategories,
    rejected: preferences.rejectedCategories,
    revision: data.options.revision,
    locale: data.options.language.default,
    path,
    method: choiceMethod({ ...how, acceptType: preferences.acceptType }),
    textVersion: data.record.textVersion,
  };
}
