/** html-validate with the project's .htmlvalidate.mjs, for pages that are not files in dist/ (rendered on demand). */
import { FileSystemConfigLoader, HtmlValidate, type Message } from 'html-validate';

const validator = new HtmlValidate(new FileSystemConfigLoader());

/** The problems html-validate finds in `html`, as `line:column rule: message`; `name` names the document. */
export async function htmlProblems(html: string, name: string): Promise<string[]> {
  const report = await validator.validateString(html, `${name}.html`);
  return report.results.flatMap((result) => result.messages.map((m: Message) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
}
