import { describe, expect, it } from 'vitest';
import { problemNotice } from '../../../src/requests/notice';

describe('problemNotice', () => {
  it('says the request was not sent when the mail server failed, and that the answers are kept', () => {
    const notice = problemNotice({ problem: 'delivery' });
    expect(notice?.title).toBe('Din begäran kunde inte skickas');
    expect(notice?.text).toContain('har inte kommit fram');
    expect(notice?.footnote).toContain('finns kvar');
  });

  it('tells a rate-limited visitor how many minutes to wait, rounded up', () => {
    expect(problemNotice({ problem: 'rate-limited', retryAfterSeconds: 61 })?.text).toContain('Vänta 2 minuter');
    expect(problemNotice({ problem: 'rate-limited', retryAfterSeconds: 30 })?.text).toContain('Vänta en minut');
  });

  it('does not claim answers were kept when an oversized post was not read', () => {
    expect(problemNotice({ problem: 'too-large' })?.footnote).toBeUndefined();
  });

  it('leaves field errors to the error summary', () => {
    expect(problemNotice({ problem: 'invalid', errors: { name: 'Skriv ditt namn' } })).toBeUndefined();
    expect(problemNotice(undefined)).toBeUndefined();
  });
});
