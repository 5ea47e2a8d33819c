/** A piece of a text, and whether it must stay on one line. */
export interface Piece {
  text: string;
  keep: boolean;
}

/** Hyphenated codes and examples (1985-04-15, ÅÅÅÅ-MM-DD, ÅÅÅÅMMDD-NNNN): a browser may break a line at their hyphens. */
const HYPHENATED = /[\p{Lu}\d][\p{L}\d]*(?:-[\p{L}\d]+)+/gu;

/** The text in pieces, marking the codes and examples a line must not break: one with a digit, or all in capitals. */
export function keepTogether(text: string): Piece[] {
  const pieces: Piece[] = [];
  let from = 0;
  for (const match of text.matchAll(HYPHENATED)) {
    const code = match[0];
    if (!/\d/.test(code) && /\p{Ll}/u.test(code)) continue;
    if (match.index > from) pieces.push({ text: text.slice(from, match.index), keep: false });
    pieces.push({ text: code, keep: true });
    from = match.index + code.length;
  }
  if (from < text.length) pieces.push({ text: text.slice(from), keep: false });
  return pieces;
}
