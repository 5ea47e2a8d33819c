/**
 * The redline of the client's texts (docs/integritetspolicy-forslag.md, points 1–12): for each point, how to tell from
 * the client's words, Swedish or English, that the statement the redline replaces is still there, or that the one it
 * adds is still missing. Matched by the words that carry the meaning, sentence by sentence, not by one exact phrase,
 * so that a reworded form ("tredjepartscookies", "årligen", "annually") is caught too. One list, read by preflight.
 */
import type { Locale } from '../i18n/locales.ts';

/** Which of the client's texts a point is about. */
export type ClientText = 'cookies' | 'privacy';

/** The client's text, prepared once: its sentences and the whole, lower-cased, Markdown and MDX left out. */
export interface PreparedText {
  sentences: string[];
  whole: string;
}

export interface RedlinePoint {
  /** The point's number in docs/integritetspolicy-forslag.md. */
  point: number;
  /** The point's name, as its heading in the redline says it. */
  title: string;
  text: ClientText;
  /** Why it must change before launch, in one line. */
  reason: string;
  /** Whether the text, in its language, still holds what the redline replaces (or lacks what it adds). */
  stands: Record<Locale, (text: PreparedText) => boolean>;
}

/** Some sentence has every one of `all` and none of `none`. */
const sentenceWith =
  (all: readonly RegExp[], none: readonly RegExp[] = []) =>
  ({ sentences }: PreparedText) =>
    sentences.some((s) => all.every((re) => re.test(s)) && !none.some((re) => re.test(s)));

/** The text nowhere matches `re`: the statement the redline adds is missing. */
const lacks =
  (...res: readonly RegExp[]) =>
  ({ whole }: PreparedText) =>
    !res.every((re) => re.test(whole));

type Test = (text: PreparedText) => boolean;
/** Either holds. */
const either =
  (...tests: Test[]): Test =>
  (text) =>
    tests.some((test) => test(text));
/** Both hold. */
const both =
  (...tests: Test[]): Test =>
  (text) =>
    tests.every((test) => test(text));

export const REDLINE: readonly RedlinePoint[] = [
  {
    point: 1,
    title: 'Leverantören av Google Analytics',
    text: 'cookies',
    reason: 'the provider for the EEA is Google Ireland Ltd; Google Inc. is Google LLC since 2017',
    stands: { sv: sentenceWith([/\bgoogle,?\s+inc\b/]), en: sentenceWith([/\bgoogle,?\s+inc\b/]) },
  },
  {
    point: 2,
    title: 'Att besökare inte kan identifieras',
    text: 'cookies',
    reason: 'GA data are personal data (IMY decisions on Google Analytics, 2023)',
    stands: {
      sv: sentenceWith([/\b(inte|ej|omöjligt|aldrig|ingen|inga)\b/, /identitet|identifier|spåra|känna igen/]),
      en: sentenceWith([/\b(not|cannot|can't|impossible|never|no)\b|n't\b/, /identit|identif|trace|track down|recogni[sz]e/]),
    },
  },
  {
    point: 3,
    title: 'Tredjepartscookies',
    text: 'cookies',
    reason: 'GA4 sets first-party cookies under our own domain, and sends their data to Google',
    stands: {
      sv: sentenceWith([/tredje\s*-?\s*parts?\s*-?\s*(cookie|kak)|(cookie|kak)\w*\s+(från|av|som tillhör)\s+(en\s+)?tredje\s*part/]),
      en: sentenceWith([/third[\s-]*part(y|ies)[\s-]*cookie|cookies?\s+(from|by|of|set by)\s+(a\s+)?third[\s-]*part(y|ies)/]),
    },
  },
  {
    point: 4,
    title: 'Blockera cookies i webbläsaren',
    text: 'cookies',
    reason: 'GA runs only with consent (LEK 9 kap. 28 §), withdrawn under Cookieinställningar, not through the browser',
    stands: {
      sv: sentenceWith([/webbläsar/, /inställning|förhindra|blockera|spärra|stäng|avaktivera|neka/]),
      en: sentenceWith([/browser/, /setting|prevent|block|refuse|disable|turn off|switch off/]),
    },
  },
  {
    point: 5,
    title: 'Överföring utomlands',
    text: 'cookies',
    reason: 'the transfer must name the USA and its basis, the EU–US Data Privacy Framework (GDPR art. 13(1)(f))',
    stands: {
      sv: sentenceWith([/utomlands|utlandet|andra länder|annat land|tredje\s*land|utanför\s+(eu|ees|europa|sverige)/], [/\busa\b|förenta staterna/]),
      en: sentenceWith([/abroad|overseas|other countr|another country|third countr|outside\s+(the\s+)?(eu|eea|europe|sweden)/], [/\busa\b|\bu\.s\.|united states/]),
    },
  },
  {
    point: 6,
    title: 'Registerutdrag "en gång per år"',
    text: 'privacy',
    reason: 'the right of access is not limited to once a year: a copy is free, further copies may cost a reasonable fee (GDPR art. 15(3), 12(5))',
    stands: {
      sv: sentenceWith([
        /utdrag|kopia|tillgång/,
        /(en|1)\s+gång(er)?\s+(per|om|varje|i|under ett)\s+(år|året|kalenderår)|årligen|årsvis|per\s+(kalender)?år|varje\s+(kalender)?år|om året|en gång årligen|var tolfte månad|per tolv månader/,
      ]),
      en: sentenceWith([
        /extract|cop(y|ies)|access|overview|report/,
        /(once|one time|1 time)\s+(a|per|each|every|in a)\s+(calendar\s+)?year|annually|yearly|per\s+(calendar\s+)?year|each\s+(calendar\s+)?year|every\s+(calendar\s+)?year|every twelve months|every 12 months/,
      ]),
    },
  },
  {
    point: 7,
    title: 'Rättslig grund saknas',
    text: 'privacy',
    reason: 'the legal basis of the processing must be stated (GDPR art. 13(1)(c), 14(1)(c))',
    stands: {
      // Not "berättigat intresse" alone: the rights (point 8) name it too, for the right to object.
      sv: lacks(/rättslig(a)?\s+grund|laglig(a)?\s+grund|artikel 6|art\.?\s*6\b/),
      en: lacks(/legal basis|lawful basis|legal ground|article 6|art\.?\s*6\b/),
    },
  },
  {
    point: 8,
    title: 'Rättigheter som saknas',
    text: 'privacy',
    reason: 'the rights to erasure, restriction and objection must be listed (GDPR art. 17, 18, 21; 13(2)(b), 14(2)(c))',
    stands: {
      sv: either(
        lacks(/radering|\b(rätt\w*|begära)\b[^.]*\bradera|bli bortglömd/),
        lacks(/begränsa|begränsning/),
        lacks(/invända mot|invändning mot|rätt att invända/),
      ),
      en: either(lacks(/erasure|\b(right|ask)[^.]*\b(erase|delete)|be forgotten/), lacks(/restrict/), lacks(/object to|objection to|right to object/)),
    },
  },
  {
    point: 9,
    title: 'Rätten att klaga hos IMY saknas',
    text: 'privacy',
    reason: 'the right to complain to the supervisory authority, IMY, must be stated (GDPR art. 13(2)(d), 14(2)(e), 77)',
    stands: {
      sv: lacks(/integritetsskyddsmyndigheten|\bimy\b/, /klag/),
      en: lacks(/integritetsskyddsmyndigheten|\bimy\b|privacy protection authority/, /complain/),
    },
  },
  {
    point: 10,
    title: 'Vem som är personuppgiftsansvarig',
    text: 'privacy',
    reason: 'the controller must be named (GDPR art. 13(1)(a), 14(1)(a))',
    stands: { sv: lacks(/personuppgiftsansvarig/), en: lacks(/\bcontroller\b/) },
  },
  {
    point: 11,
    title: 'Lagringstid: en fråga att bekräfta',
    text: 'privacy',
    reason:
      'the text says the data are deleted completely within a year of payment, and nothing of what is kept longer (räkenskapsinformation, seven years: bokföringslagen 7 kap. 2 §); the client confirms it with the lawyer',
    stands: {
      sv: both(
        sentenceWith([/radera|tas bort|förstör|gallra/, /\b(helt|allt|alla)\b/, /\bett år\b|\b1 år\b|tolv månader|12 månader/]),
        // What is kept longer, not merely "bokföringslagen", which a legal basis (point 7) may name.
        lacks(/räkenskapsinformation|sju år|7 år/),
      ),
      en: both(
        sentenceWith([/delet|eras|destroy|remov/, /\b(completely|entirely|fully|all)\b/, /\bone year\b|\ba year\b|\b1 year\b|twelve months|12 months/]),
        lacks(/accounting records|accounting information|seven years|7 years/),
      ),
    },
  },
  {
    point: 12,
    title: 'Tillstånd och tillsyn',
    text: 'privacy',
    reason: 'the debt-collection permit from Finansinspektionen, the supervisor since 2024, should be stated (inkassolagen 2 §)',
    stands: {
      sv: lacks(/finansinspektionen/, /tillstånd/),
      en: lacks(/finansinspektionen|financial supervisory authority/, /authori[sz]|permit|licen[cs]e/),
    },
  },
];

/** The client's MDX as its reader gets it, in sentences: frontmatter, imports, components and link targets left out. */
export function prepare(mdx: string): PreparedText {
  const prose = mdx
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/^import\s.+$/gm, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^#+\s.*$/gm, (heading) => `${heading}.`)
    .replace(/[*_`#]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  // A sentence ends at a full stop followed by a capital, so "t. ex. namn" stays one sentence.
  const sentences = prose.split(/(?<=[.!?])\s+(?=["“(]?[A-ZÅÄÖ0-9])/u).map((s) => s.toLowerCase());
  return { sentences, whole: prose.toLowerCase() };
}

/** The points of the redline about `text` that still stand in the client's MDX `mdx` in `locale`, in the redline's order. */
export function standingPoints(text: ClientText, locale: Locale, mdx: string): RedlinePoint[] {
  const prepared = prepare(mdx);
  return REDLINE.filter((p) => p.text === text && p.stands[locale](prepared));
}
