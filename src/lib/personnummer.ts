/**
 * The Swedish personnummer (and samordningsnummer) as people type it and e-ID brokers send it: checked and written one
 * way, ÅÅÅÅMMDD-NNNN. The form's schema and the e-ID's claims both read it here.
 */
import Personnummer from 'personnummer';
import { swedishToday } from './dates.ts';

/** Why a personnummer was not accepted: its shape, or its meaning (check digit, date). */
export type PersonnummerProblem = 'missing' | 'format' | 'invalid';

/** 10 or 12 digits, optionally with `-` or `+` before the last four (spaces already removed). */
const SHAPE = /^(?:\d{6}|\d{8})[-+]?\d{4}$/;

/**
 * Checks a personnummer or samordningsnummer as a person types it and returns it as ÅÅÅÅMMDD-NNNN.
 * Spaces are ignored; `+` marks someone 100 or older when the century is left out.
 * The check digit and the date are the `personnummer` package's business.
 */
export function normalisePersonnummer(
  input: string,
  now: Date = new Date(),
): { ok: true; value: string } | { ok: false; problem: PersonnummerProblem } {
  const compact = input.replace(/\s+/g, '');
  if (compact === '') return { ok: false, problem: 'missing' };
  if (!SHAPE.test(compact)) return { ok: false, problem: 'format' };
  let pnr: Personnummer;
  try {
    pnr = Personnummer.parse(compact, { allowCoordinationNumber: true, allowInterimNumber: false });
  } catch {
    return { ok: false, problem: 'invalid' };
  }
  // A samordningsnummer carries the day of birth plus 60.
  const day = Number(pnr.day) - (pnr.isCoordinationNumber() ? 60 : 0);
  const born = `${pnr.fullYear}${pnr.month}${String(day).padStart(2, '0')}`;
  if (born > swedishToday(now)) return { ok: false, problem: 'invalid' };
  return { ok: true, value: `${pnr.fullYear}${pnr.month}${pnr.day}-${pnr.num}${pnr.check}` };
}
