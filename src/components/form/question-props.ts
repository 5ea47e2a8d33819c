import type { ByChoice } from '../../i18n/sv/requests';

/** Text of a question: plain, or worded for each choice made in the form (ByChoice.astro). */
export type QuestionText = string | ByChoice;

/** What every text question of the form takes (TextField, TextArea). */
export interface QuestionProps {
  /** The form field's name. */
  name: string;
  /** The control's id. */
  id: string;
  /** The question, as the label. */
  label: QuestionText;
  /** A line of help under the label. */
  hint?: QuestionText | undefined;
  /** The answer to show (kept after an error). */
  value?: string | undefined;
  /** The error message, if the answer was not accepted. */
  error?: string | undefined;
  /** Said before the error message to screen readers, e.g. "Fel:" (GOV.UK's visually hidden text). */
  errorPrefix: string;
}
