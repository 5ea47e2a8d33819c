/**
 * A posted form as the handler takes it: its answers checked by the one schema, with the identity verified by e-ID
 * in this visitor's session, if any, in place of anything posted for it. The form then does not ask for the
 * personnummer (nor the name, when the e-ID gives one), and the page holds neither in a field: the server takes them
 * from the session, so a post that adds them changes nothing. With no verified identity, the posted ones are checked.
 */
import { z } from 'astro/zod';
import { verifiedBy, type VerifiedBy, type VerifiedIdentity } from '../eid/identity.ts';
import { fieldProblems, formAnswers, requestSchema, type FieldProblems, type SubmittedRequest } from './schema.ts';

/** A valid submission, and how the person was verified when they did so with e-ID. */
export interface CheckedSubmission extends SubmittedRequest {
  /** Method, time and issuer of the e-ID; the request already carries its personnummer and name. */
  verifiedBy?: VerifiedBy | undefined;
}

/** The answers with the e-ID's personnummer (and name, when it gave one) in place of whatever was posted for them. */
export function withVerifiedIdentity(answers: Record<string, unknown>, identity: VerifiedIdentity): Record<string, unknown> {
  return { ...answers, idType: 'personnummer', personnummer: identity.personnummer, ...(identity.name ? { name: identity.name } : {}) };
}

/** The submission in a posted form, or the first problem of each field, every one at once. */
export function readSubmission(
  form: FormData,
  identity: VerifiedIdentity | undefined,
): { ok: true; submitted: CheckedSubmission } | { ok: false; problems: FieldProblems } {
  const answers = formAnswers(form);
  const result = requestSchema.safeParse(identity ? withVerifiedIdentity(answers, identity) : answers);
  if (!result.success) return { ok: false, problems: fieldProblems(z.flattenError(result.error).fieldErrors) };
  return { ok: true, submitted: { ...result.data, verifiedBy: identity && verifiedBy(identity) } };
}
