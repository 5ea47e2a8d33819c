/** What the visitor is told above the form when a post was not accepted as a whole (field errors aside). */
import { requestText } from '../i18n/requests';
import type { Problem } from './outcome';

export interface Notice {
  /** The notice's heading. */
  title: string;
  /** What happened and what to do; the ways to reach us follow it. */
  text: string;
  /** Said after the ways to reach us, when the answers are still in the form. */
  footnote: string | undefined;
}

/** The notice for a problem, or none when the field errors say it all. */
export function problemNotice(problem: Problem | undefined): Notice | undefined {
  const { problems } = requestText;
  switch (problem?.problem) {
    case 'delivery':
      return { ...problems.delivery, footnote: problems.inputsKept };
    case 'rate-limited':
      return {
        title: problems.rateLimited.title,
        text: problems.rateLimited.text(Math.ceil(problem.retryAfterSeconds / 60)),
        footnote: problems.inputsKept,
      };
    case 'too-large':
      // The body was not read, so nothing could be kept.
      return { ...problems.tooLarge, footnote: undefined };
    case 'honeypot':
      return { ...problems.honeypot, footnote: problems.inputsKept };
    case 'unknown':
      return { ...problems.unknown, footnote: problems.inputsKept };
    default:
      return undefined;
  }
}
