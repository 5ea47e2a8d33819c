/**
 * What every group of start-time settings shares: environment variables read with zod, and each wrong one reported as
 * one sentence naming the variable and what it must be, never its value (URLs and secrets hold passwords). The groups
 * live beside their features; the server's loader (src/server/settings.ts) reads them all at once, so an operator
 * learns every wrong setting from one start.
 */
import { z } from 'astro/zod';
import { site } from '../site.config.ts';

/** The environment as the process has it (`process.env`), or as a test writes it. */
export type Env = Readonly<Record<string, string | undefined>>;

/** What some groups' values depend on besides the environment: where relative paths start, the site's own e-mail. */
export interface SettingsContext {
  cwd: string;
  siteEmail: string;
}

/** This process's context: its working directory, and the e-mail in src/site.config.ts. */
export function processContext(): SettingsContext {
  return { cwd: process.cwd(), siteEmail: site.email };
}

/** One wrong setting: the variable, and the sentence the operator reads. */
export interface SettingProblem {
  variable: string;
  sentence: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: readonly SettingProblem[] };

/** A feature's settings: the variables it reads and what it makes of them. */
export interface SettingsGroup<T> {
  /** Every variable the group reads (README's Configuration table documents each one). */
  readonly variables: readonly string[];
  /** The group's value, or a sentence per wrong variable. */
  parse(env: Env, context: SettingsContext): Parsed<T>;
}

/** An unset variable and an empty one (`SMTP_URL=` in an EnvironmentFile) mean the same: the default. */
export const unsetIfEmpty = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

/** A whole number in a range, with a default; anything else gets one sentence. */
export function wholeNumber(name: string, min: number, max: number, fallback: number, unit: string) {
  const range = max === Number.MAX_SAFE_INTEGER ? `of at least ${min}` : `from ${min} to ${max}`;
  const error = `${name} must be a whole number ${range}${unit ? ` (${unit})` : ''}.`;
  return z.preprocess(
    unsetIfEmpty,
    z.coerce.number({ error }).int({ error }).min(min, { error }).max(max, { error }).default(fallback),
  );
}

/** Any text, or unset. */
export function optionalText(error: string) {
  return z.preprocess(unsetIfEmpty, z.string({ error }).optional());
}

/** A URL whose scheme is one of `protocols` (e.g. `['redis:', 'rediss:']`), or unset. */
export function optionalUrl(protocols: readonly string[], error: string) {
  return z.preprocess(
    unsetIfEmpty,
    z
      .string({ error })
      .refine((value) => URL.canParse(value) && protocols.includes(new URL(value).protocol), { error })
      .optional(),
  );
}

/**
 * The sentence of one zod issue: the group's own messages already start with the variable's name; any other (a
 * library's default, which never repeats the input) is prefixed with it, as Starlight's friendly errors do.
 */
function problemOf(issue: z.core.$ZodIssue): SettingProblem {
  const variable = String(issue.path[0] ?? '');
  const sentence = issue.message.startsWith(variable) ? issue.message : `${variable}: ${issue.message}`;
  return { variable, sentence };
}

/** Every problem once, in the order found. */
function distinct(problems: SettingProblem[]): SettingProblem[] {
  const seen = new Set<string>();
  return problems.filter(({ sentence }) => !seen.has(sentence) && seen.add(sentence));
}

/**
 * A group of settings: a schema per variable; `together` for rules between variables (reported even when another
 * variable of the group is wrong, so every problem shows at once: it sees the raw values, typed `unknown`); `build`
 * for what the feature uses, called only when every variable is right.
 */
export function settingsGroup<Shape extends z.ZodRawShape, T>(definition: {
  variables: Shape;
  together?: (values: { readonly [K in keyof Shape]?: unknown }, problem: (variable: keyof Shape & string, sentence: string) => void) => void;
  build: (values: z.output<z.ZodObject<Shape>>, context: SettingsContext) => T;
}): SettingsGroup<T> {
  const { variables, together, build } = definition;
  const object = z.object(variables);
  const schema = together
    ? object.superRefine(
        (values, ctx) => together(values, (variable, message) => ctx.addIssue({ code: 'custom', path: [variable], message })),
        // zod skips a refinement once a field has failed; these rules must run anyway.
        { when: () => true },
      )
    : object;
  return {
    variables: Object.keys(variables),
    parse(env, context) {
      const result = schema.safeParse(env);
      if (!result.success) return { ok: false, problems: distinct(result.error.issues.map(problemOf)) };
      return { ok: true, value: build(result.data, context) };
    },
  };
}

/** Settings that stop the server (or a tool reading the same settings), each as a sentence for the operator. */
export class SettingsError extends Error {
  readonly problems: readonly string[];
  constructor(problems: readonly SettingProblem[]) {
    const sentences = problems.map((p) => p.sentence);
    super(
      `The server's settings are wrong, so it will not start:\n${sentences.map((s) => `  - ${s}`).join('\n')}\n` +
        'See README.md, section Configuration (the EID_* variables: docs/e-id.md).',
    );
    this.name = 'SettingsError';
    this.problems = sentences;
  }
}

/** A group's value, or SettingsError naming every wrong variable of the group. */
export function loadGroup<T>(group: SettingsGroup<T>, env: Env, context = processContext()): T {
  const parsed = group.parse(env, context);
  if (!parsed.ok) throw new SettingsError(parsed.problems);
  return parsed.value;
}
