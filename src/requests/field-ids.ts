/** Element ids of the form's fields, shared by the form, the error summary and its links. */
import { ADDRESS_TYPES, ANSWER_CHANNELS, ID_TYPES, REQUEST_TYPES, type FieldName } from './schema.ts';

/** The id of a field's input (or, for a radio group, the stem of its options' ids). */
export function fieldId(name: string): string {
  return `request-${name}`;
}

/** Where an error summary link for a field leads: its input, or a radio group's first option. */
export function fieldTarget(name: FieldName): string {
  const firstOption = { type: REQUEST_TYPES[0], idType: ID_TYPES[0], addressType: ADDRESS_TYPES[0], answerChannel: ANSWER_CHANNELS[0] };
  if (name in firstOption) return `${fieldId(name)}-${firstOption[name as keyof typeof firstOption]}`;
  return fieldId(name);
}

/** The ids a field's control is described by: its hint, then its error message (GOV.UK order). */
export function describedBy(id: string, { hint, error }: { hint?: string | object | undefined; error?: string | undefined }): string | undefined {
  return [hint ? `${id}-hint` : undefined, error ? `${id}-error` : undefined].filter(Boolean).join(' ') || undefined;
}
