/**
 * The schema's verdict as the Action reports it to the page (src/requests/submission.ts: each field's first problem),
 * for tests that check the schema without a server: the data, or each field's first problem.
 */
import { z } from 'astro/zod';
import { fieldProblems, requestSchema, type DataRequest, type FieldProblems } from '../../src/requests/schema';

export type Validation = { success: true; data: DataRequest } | { success: false; errors: FieldProblems };

export function validateRequest(values: Record<string, unknown>): Validation {
  const result = requestSchema.safeParse(values);
  if (result.success) return { success: true, data: result.data.request };
  return { success: false, errors: fieldProblems(z.flattenError(result.error).fieldErrors) };
}
