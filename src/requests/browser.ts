/**
 * The data-request form in the browser: shows the Rättelse question only for a correction, and checks the
 * answers with the server's schema before posting, showing problems with the server's markup (GOV.UK pattern).
 * Without this script the form works the same, checked by the server.
 */
import type { FieldErrors } from './schema';

type SchemaModule = typeof import('./schema');

const form = document.querySelector<HTMLFormElement>('form[data-request-form]');
if (form) enhance(form);

function enhance(form: HTMLFormElement): void {
  const prefix = form.dataset.errorPrefix ?? '';
  const summary = document.querySelector<HTMLElement>('[data-error-summary]');
  let schema: Promise<SchemaModule> | undefined;
  // The schema (zod and personnummer) loads when the visitor starts on the form, not with the page.
  const loadSchema = () => (schema ??= import('./schema'));
  form.addEventListener('focusin', () => void loadSchema(), { once: true });

  revealCorrection(form);
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLInputElement).name === 'type') revealCorrection(form);
  });

  document.addEventListener('click', (event) => {
    const link = (event.target as Element).closest?.('[data-error-summary] a, [data-problem] a[href^="#"]');
    if (!(link instanceof HTMLAnchorElement)) return;
    const target = document.getElementById(decodeURIComponent(link.hash.slice(1)));
    if (!target) return;
    event.preventDefault();
    focusField(target);
  });

  let sending = false;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (sending) return;
    sending = true;
    loadSchema()
      .then(({ validateRequest, formValues }) => {
        const result = validateRequest(formValues(new FormData(form)));
        if (result.success) {
          form.submit();
          return;
        }
        sending = false;
        showErrors(form, summary, result.errors, prefix);
      })
      // Without the schema (a lost connection, an old browser) the server checks the answers.
      .catch(() => form.submit());
  });
}

/** Shows the Rättelse question when Rättelse is chosen (always shown without JavaScript). */
function revealCorrection(form: HTMLFormElement): void {
  const chosen = form.querySelector<HTMLInputElement>('input[name="type"]:checked')?.value;
  for (const block of form.querySelectorAll<HTMLElement>('[data-when-type]')) {
    block.hidden = chosen !== block.dataset.whenType;
  }
}

/** Marks every field with its message (or clears it), fills the summary, prefixes the title and moves focus to the summary. */
function showErrors(form: HTMLFormElement, summary: HTMLElement | null, errors: FieldErrors, prefix: string): void {
  const items: { message: string; target: string }[] = [];
  for (const field of form.querySelectorAll<HTMLElement>('[data-field]')) {
    const name = field.dataset.field as keyof FieldErrors;
    const message = errors[name];
    const errorBox = field.querySelector<HTMLElement>('[data-error]');
    field.classList.toggle('has-error', Boolean(message));
    if (errorBox) {
      errorBox.hidden = !message;
      errorBox.querySelector('[data-message]')!.textContent = message ?? '';
    }
    const describedBy = [field.dataset.hint, message ? errorBox?.id : undefined].filter(Boolean).join(' ');
    const fieldset = field.querySelector('fieldset');
    const described = fieldset ? [fieldset] : [...field.querySelectorAll('input, textarea')];
    for (const element of described) {
      if (fieldset) {
        if (message && errorBox) element.setAttribute('aria-describedby', errorBox.id);
        else element.removeAttribute('aria-describedby');
      } else if (describedBy) element.setAttribute('aria-describedby', describedBy);
      else element.removeAttribute('aria-describedby');
    }
    for (const control of field.querySelectorAll('input, textarea')) {
      if (message) control.setAttribute('aria-invalid', 'true');
      else control.removeAttribute('aria-invalid');
    }
    if (message && field.dataset.target) items.push({ message, target: field.dataset.target });
  }

  // A notice from the server (mail server down, …) is about an earlier post; this answer replaces it.
  for (const notice of document.querySelectorAll<HTMLElement>('[data-problem]')) notice.hidden = true;

  const title = document.title.startsWith(prefix) ? document.title.slice(prefix.length) : document.title;
  document.title = items.length ? `${prefix}${title}` : title;
  if (!summary) return;
  const list = summary.querySelector('[data-error-list]')!;
  list.replaceChildren(
    ...items.map(({ message, target }) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = `#${target}`;
      link.textContent = message;
      item.append(link);
      return item;
    }),
  );
  summary.hidden = items.length === 0;
  if (items.length) summary.focus();
}

/** Focuses a field from the summary and brings its question (label or legend) into view with it. */
function focusField(target: HTMLElement): void {
  const question = target.closest('fieldset')?.querySelector('legend') ?? document.querySelector(`label[for="${target.id}"]`);
  target.focus({ preventScroll: true });
  (question ?? target).scrollIntoView({ block: 'start' });
}
