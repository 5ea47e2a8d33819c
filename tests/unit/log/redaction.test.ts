/**
 * The log's redaction follows the form: a log line holding every field of the data-request form, at the top or one
 * level down, prints the value of no field a visitor types into. Only a field whose every value is one of the
 * answers the form offers (an enum in its schema) may be printed. The fields are the schema's own, so a field added
 * to the form is checked without touching this test.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../../src/log/logger';
import { requestSchema } from '../../../src/requests/schema';
import { importsOf, reachableFrom } from '../../support/imports';

const shape: Record<string, z.ZodType> = requestSchema.in.shape;
const FIELDS = Object.keys(shape);

/** Whether every value the field takes is one the form offers (a radio answer), as its schema says. */
function offersAnswersOnly(field: string): boolean {
  return 'enum' in z.toJSONSchema(shape[field]!, { io: 'output', unrepresentable: 'any' });
}

function loggedText(write: (logger: ReturnType<typeof createLogger>) => void): string {
  let text = '';
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString('utf8');
      done();
    },
  });
  write(createLogger(stream));
  return text;
}

describe("the log's redaction follows the form", () => {
  it('prints no value of a field a visitor types into, with every field of the form set', () => {
    const typed = FIELDS.filter((field) => !offersAnswersOnly(field));
    // Not vacuous: the form's free-text fields are among them, and the choices are not.
    expect(typed).toEqual(expect.arrayContaining(['name', 'personnummer', 'birthDate', 'abroadAddress', 'country', 'caseNumber', 'correction', 'email']));
    expect(typed).not.toContain('type');

    const values = Object.fromEntries(FIELDS.map((field) => [field, `Anna ${field} 19850415`]));
    const text = loggedText((logger) => {
      logger.info({ event: 'top', ...values });
      logger.info({ event: 'nested', request: values });
      logger.warn({ event: 'error', err: new Error('x'), fields: values });
    });
    expect(text.split('\n').filter(Boolean)).toHaveLength(3);
    expect(typed.filter((field) => text.includes(values[field]!))).toEqual([]);
  });

  it("prints the form's offered answers and the error's kind, which are no one's data", () => {
    const text = loggedText((logger) => logger.info({ event: 'x', type: 'rattelse', answerChannel: 'brev', err: new TypeError('x') }));
    expect(JSON.parse(text)).toMatchObject({ type: 'rattelse', answerChannel: 'brev', err: { type: 'TypeError' } });
  });

  it('is read from the form without an import circle: nothing src/log imports imports src/log', () => {
    const log = path.resolve('src/log');
    for (const file of readdirSync(log).filter((name) => name.endsWith('.ts'))) {
      const outside = [...reachableFrom(path.join(log, file), { types: true })].filter(([module]) => path.isAbsolute(module) && !module.startsWith(`${log}/`));
      const circles = outside.filter(([module]) => importsOf(module, { types: true }).some((target) => target.startsWith(`${log}/`)));
      expect(circles.map(([, chain]) => chain.map((step) => path.relative(log, step)).join(' → '))).toEqual([]);
    }
  });
});
