// A form whose values survive everything: every keystroke is kept (and mirrored to a sessionStorage
// draft), a server error only adds messages next to the fields, and only a success clears it.
import { html, nothing, type TemplateResult } from 'lit';
import { ApiProblem, SessionExpired } from './api';
import { clearDraft, loadDraft, saveDraft, type Draft } from './drafts';
import { t } from './i18n';

export interface FieldOptions {
  type?: 'text' | 'number' | 'date' | 'textarea' | 'select';
  required?: boolean;
  options?: { value: string; label: string }[];
  hint?: string;
  inputmode?: 'numeric' | 'text';
  /** The request field the server names in its errors, when it differs from the form's name. */
  errorField?: string;
}

export class Form {
  values: Draft;
  problem?: ApiProblem;
  localErrors: Record<string, string> = {};
  message?: string;
  busy = false;
  restored: boolean;

  constructor(
    readonly id: string,
    private readonly rerender: () => void,
    initial: Draft = {},
  ) {
    const draft = loadDraft(id);
    this.restored = draft !== undefined && Object.values(draft).some((v) => v !== '');
    this.values = { ...initial, ...(draft ?? {}) };
  }

  value(name: string): string {
    return this.values[name] ?? '';
  }

  set(name: string, value: string): void {
    this.values[name] = value;
    saveDraft(this.id, this.values);
  }

  error(name: string): string | undefined {
    return this.localErrors[name] ?? this.problem?.fieldError(name);
  }

  /** Runs a submit: field errors from the server go next to the fields; the values stay as typed. */
  async submit<T>(action: () => Promise<T>, onSuccess: (result: T) => void): Promise<void> {
    if (Object.keys(this.localErrors).length > 0) {
      this.rerender();
      return;
    }
    this.busy = true;
    this.problem = undefined;
    this.message = undefined;
    this.rerender();
    try {
      const result = await action();
      clearDraft(this.id);
      this.restored = false;
      onSuccess(result);
    } catch (error) {
      if (error instanceof ApiProblem) {
        this.problem = error;
      } else if (!(error instanceof SessionExpired)) {
        this.problem = new ApiProblem(0, String(error), String(error), []);
      }
    } finally {
      this.busy = false;
      this.rerender();
    }
  }

  reset(initial: Draft = {}): void {
    this.values = { ...initial };
    this.problem = undefined;
    this.localErrors = {};
    clearDraft(this.id);
  }

  /** The form's general messages: problems not tied to a shown field, a success note, a restored draft. */
  status(fields: string[]): TemplateResult {
    const problem = this.problem;
    return html`
      ${this.restored ? html`<p class="note" role="status">${t('app.draftRestored')}</p>` : nothing}
      ${problem
        ? html`<div class="alert" role="alert">
            <p>${problem.errors.length > 0 ? t('common.fixFields') : t('common.error', { detail: problem.detail || problem.title })}</p>
            ${problem.otherErrors(fields).map((e) => html`<p>${e.field}: ${e.message}</p>`)}
          </div>`
        : nothing}
      ${this.message ? html`<p class="success" role="status">${this.message}</p>` : nothing}
    `;
  }

  field(name: string, labelText: string, options: FieldOptions = {}): TemplateResult {
    const id = `${this.id}-${name}`.replace(/[^a-zA-Z0-9_-]/g, '-');
    const error = this.error(name) ?? (options.errorField ? this.error(options.errorField) : undefined);
    const errorId = `${id}-error`;
    const type = options.type ?? 'text';
    const onInput = (event: Event) => {
      const target = event.target as HTMLInputElement;
      this.set(name, target.value);
      if (this.localErrors[name]) {
        delete this.localErrors[name];
        this.rerender();
      }
    };
    const common = {
      id,
      invalid: error ? 'true' : 'false',
      describedBy: error ? errorId : nothing,
    };
    let control: TemplateResult;
    if (type === 'select') {
      control = html`<select id=${common.id} name=${name} aria-invalid=${common.invalid}
          aria-describedby=${common.describedBy} ?required=${options.required} @change=${onInput}>
        ${options.options?.map((o) => html`<option value=${o.value} ?selected=${o.value === this.value(name)}>${o.label}</option>`)}
      </select>`;
    } else if (type === 'textarea') {
      control = html`<textarea id=${common.id} name=${name} aria-invalid=${common.invalid}
          aria-describedby=${common.describedBy} .value=${this.value(name)} @input=${onInput}></textarea>`;
    } else {
      control = html`<input id=${common.id} name=${name} type=${type === 'number' ? 'text' : 'text'}
          inputmode=${type === 'number' ? 'numeric' : options.inputmode ?? nothing}
          placeholder=${type === 'date' ? t('common.datePlaceholder') : nothing}
          aria-invalid=${common.invalid} aria-describedby=${common.describedBy} ?required=${options.required}
          .value=${this.value(name)} @input=${onInput} />`;
    }
    return html`<div class="field ${error ? 'has-error' : ''}">
      <label for=${id}>${labelText}${options.required ? html` <span class="req" aria-hidden="true">*</span>` : nothing}</label>
      ${control}
      ${options.hint ? html`<small>${options.hint}</small>` : nothing}
      ${error ? html`<p class="field-error" id=${errorId}>${error}</p>` : nothing}
    </div>`;
  }
}
