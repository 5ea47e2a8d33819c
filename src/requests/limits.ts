/**
 * Lengths the request schema (schema.ts) allows, in characters. Their own module, so the strings that
 * mention a limit import it from the rules rather than the rules from the strings (and no import cycle forms).
 */

/** Longest Rättelse text the schema accepts. */
export const CORRECTION_MAX = 2000;
