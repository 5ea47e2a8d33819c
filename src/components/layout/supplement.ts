/** One term of a supplement (Supplement.astro): the words, and a link after them. */
export interface SupplementItem {
  term: string;
  text: string;
  /** A link after the text, and the words after it. */
  link?: { label: string; href: string; after: string };
}
