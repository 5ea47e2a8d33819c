/**
 * Characters that are not what they look like on a screen: control characters (which a terminal obeys: clear the
 * screen, move the cursor, print a link), bidirectional controls (which reorder the text around them), zero-width and
 * other invisible format characters, and spaces other than the plain one. What a visitor sends is refused or cleaned
 * of them; what the company's tools print shows them escaped, so a stored value cannot display as another.
 */

/** Bidirectional controls (embeddings, overrides, isolates, marks): they can make text read in another order than it is. */
export const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069\u200e\u200f]/g;

/**
 * Every character that prints as nothing, as something else, or acts on the terminal: Unicode's "other" categories
 * (controls, format characters such as bidi controls and zero-width ones, surrogates, private use, unassigned),
 * line and paragraph separators, every space but U+0020, and the Hangul fillers (letters that print blank).
 */
const UNSEEN = /[\p{C}\p{Z}\u115f\u1160\u3164\uffa0]/u;

/**
 * `text` with every unseen character but a plain space (and those in `keep`, e.g. '\n' for text in lines) written as
 * `\u{…}`, and a backslash as `\\`, so the escaped form cannot be mistaken for a stored one.
 */
export function escapeUnseen(text: string, keep = ''): string {
  let out = '';
  for (const c of text) {
    if (c === '\\') out += '\\\\';
    else if (c !== ' ' && !keep.includes(c) && UNSEEN.test(c)) out += `\\u{${c.codePointAt(0)!.toString(16)}}`;
    else out += c;
  }
  return out;
}
