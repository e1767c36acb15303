// Small pieces every screen uses.
import { html, nothing, type TemplateResult } from 'lit';
import { ApiProblem, SessionExpired } from '../api';
import { num, t } from '../i18n';

/** A value that loads once: pending, loaded, or failed with a message. */
export class Loadable<T> {
  value?: T;
  error?: string;
  loading = false;

  async load(fetcher: () => Promise<T>, rerender: () => void): Promise<void> {
    this.loading = true;
    this.error = undefined;
    rerender();
    try {
      this.value = await fetcher();
    } catch (error) {
      if (!(error instanceof SessionExpired)) {
        this.error = error instanceof ApiProblem ? error.detail || error.title : String(error);
      }
    } finally {
      this.loading = false;
      rerender();
    }
  }

  show(body: (value: T) => TemplateResult): TemplateResult {
    if (this.error) {
      return html`<p class="alert" role="alert">${t('common.error', { detail: this.error })}</p>`;
    }
    if (this.value === undefined) {
      return html`<p class="loading" aria-live="polite">${t('app.loading')}</p>`;
    }
    return body(this.value);
  }
}

/** A figure card: label and number, the figure tagged for tests and screen readers. */
export function figure(labelKey: string, value: number | string | undefined | null, testId: string, formatted?: string): TemplateResult {
  return html`<div class="figure"><span class="figure-label">${t(labelKey)}</span>
    <span class="figure-value" data-testid=${testId}>${formatted ?? num(value)}</span></div>`;
}

/** The last segment of a resource name: provinces/x/models/abc → abc. */
export function lastId(name: string | undefined): string {
  return name ? name.substring(name.lastIndexOf('/') + 1) : '';
}

export function submitButton(labelKey: string, busy: boolean): TemplateResult {
  return html`<button type="submit" ?disabled=${busy} aria-busy=${busy ? 'true' : nothing}>${t(labelKey)}</button>`;
}

export function empty(list: unknown[] | undefined): TemplateResult | typeof nothing {
  return !list || list.length === 0 ? html`<p class="empty">${t('common.none')}</p>` : nothing;
}
