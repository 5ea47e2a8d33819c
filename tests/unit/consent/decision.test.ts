import { describe, expect, it } from 'vitest';
import { choiceMethod, choiceStatus, sendsGlobalPrivacyControl, shouldLoadAnalytics, shouldShowBanner } from '../../../src/consent/decision';

const undecided = { hasChoice: false, analyticsAccepted: false, gpc: false };
const accepted = { hasChoice: true, analyticsAccepted: true, gpc: false };
const refused = { hasChoice: true, analyticsAccepted: false, gpc: false };

describe('consent rules', () => {
  it('GA loads only after an explicit opt-in, and never on a page that forbids it', () => {
    expect(shouldLoadAnalytics(true, undecided)).toBe(false);
    expect(shouldLoadAnalytics(true, refused)).toBe(false);
    expect(shouldLoadAnalytics(true, accepted)).toBe(true);
    expect(shouldLoadAnalytics(false, accepted)).toBe(false);
  });

  it('Global Privacy Control counts as a refusal: no banner, no GA, until the visitor opts in anyway', () => {
    const gpc = { ...undecided, gpc: true };
    expect(shouldShowBanner(undecided)).toBe(true);
    expect(shouldShowBanner(gpc)).toBe(false);
    expect(shouldLoadAnalytics(true, gpc)).toBe(false);
    expect(choiceStatus(gpc)).toBe('gpc');
    expect(shouldLoadAnalytics(true, { ...accepted, gpc: true })).toBe(true);
    expect(choiceStatus({ ...accepted, gpc: true })).toBe('accepted');
  });

  it('tells the visitor where they stand', () => {
    expect(choiceStatus(undecided)).toBe('undecided');
    expect(choiceStatus(accepted)).toBe('accepted');
    expect(choiceStatus(refused)).toBe('refused');
    expect(shouldShowBanner(refused)).toBe(false);
  });

  it('reads GPC only when the browser sends it as true', () => {
    expect(sendsGlobalPrivacyControl({ globalPrivacyControl: true } as unknown as Navigator)).toBe(true);
    expect(sendsGlobalPrivacyControl({ globalPrivacyControl: '1' } as unknown as Navigator)).toBe(false);
    expect(sendsGlobalPrivacyControl({} as Navigator)).toBe(false);
    expect(sendsGlobalPrivacyControl(undefined)).toBe(false);
  });

  it('tells a GPC visitor whose refusal is saved why statistics are off', () => {
    expect(choiceStatus({ ...refused, gpc: true })).toBe('gpc');
  });

  it('names how a choice was made, for its record', () => {
    const plain = { byGpc: false, withdrew: false, saved: false };
    expect(choiceMethod({ ...plain, acceptType: 'all' })).toBe('accept-all');
    expect(choiceMethod({ ...plain, acceptType: 'necessary' })).toBe('reject-all');
    expect(choiceMethod({ ...plain, saved: true, acceptType: 'all' })).toBe('custom');
    expect(choiceMethod({ ...plain, saved: true, acceptType: 'necessary' })).toBe('custom');
    expect(choiceMethod({ ...plain, withdrew: true, saved: true, acceptType: 'necessary' })).toBe('withdrawal');
    expect(choiceMethod({ ...plain, byGpc: true, acceptType: 'necessary' })).toBe('gpc');
  });
});
