// Members: search by name ignoring diacritics (server side, on the folded name), and the roster import wizard.
import { html, nothing } from 'lit';
import { ApiProblem, get, post, query, requestId, SessionExpired } from '../api';
import type { Context, View } from '../app';
import { formatDate, type ApiDate } from '../format';
import { Form } from '../form';
import { label, num, t } from '../i18n';
import { empty, Loadable } from './common';

interface Person { name: string; fullName: string; birthDate?: ApiDate; gender?: string; nationalId?: string; commune?: string; district?: string }

export class MembersView implements View {
  private persons = new Loadable<{ persons?: Person[]; nextPageToken?: string }>();
  private search: Form;

  constructor(private readonly ctx: Context) {
    this.search = new Form('members-search', ctx.rerender, { text: ctx.query.get('text') ?? '' });
    this.load();
  }

  private load(): void {
    void this.persons.load(() => get(`/api/v1/provinces/${this.ctx.province}/persons` + query({
      text: this.search.value('text').trim(), pageSize: 50,
    })), this.ctx.rerender);
  }

  render() {
    return html`
      <h1>${t('members.title')}</h1>
      <p><a href="/members/import">${t('nav.import')} →</a></p>
      <form class="search" role="search" @submit=${(e: Event) => { e.preventDefault(); this.load(); }}>
        ${this.search.field('text', t('members.searchLabel'))}
        <button type="submit">${t('common.search')}</button>
      </form>
      ${this.persons.show((r) => html`${empty(r.persons)}
        ${r.persons?.length ? html`<div class="table-wrap"><table data-testid="members-table">
          <thead><tr><th scope="col">${t('members.fullName')}</th><th scope="col">${t('members.birthDate')}</th><th scope="col">${t('members.gender')}</th>
            <th scope="col">${t('members.nationalId')}</th><th scope="col">${t('common.commune')}</th><th scope="col">${t('common.district')}</th></tr></thead>
          <tbody>${r.persons.map((p) => html`<tr><td>${p.fullName}</td><td>${formatDate(p.birthDate)}</td><td>${label('gender', p.gender)}</td>
            <td>${p.nationalId ?? ''}</td><td>${p.commune ?? ''}</td><td>${p.district ?? ''}</td></tr>`)}</tbody>
        </table></div>` : nothing}`)}`;
  }
}

interface ImportError { line?: number; column?: string; reason: string }
interface MemberImport {
  name: string; state: string; dryRun?: boolean; rowsTotal?: number; rowsDone?: number; errorCount?: number;
  personsCreated?: number; personsUpdated?: number; membershipsCreated?: number; rowsUnchanged?: number;
}

const FINISHED = ['SUCCEEDED', 'FAILED'];
const POLL_MS = 500;

/** Upload → dry-run report with every bad row → confirm → progress bar → result. */
export class ImportView implements View {
  private file?: File;
  private content?: string;
  private dryRun?: MemberImport;
  private errors: ImportError[] = [];
  private run?: MemberImport;
  private problem?: string;
  private busy = false;

  constructor(private readonly ctx: Context) {}

  private async choose(event: Event): Promise<void> {
    this.file = (event.target as HTMLInputElement).files?.[0];
    this.dryRun = undefined;
    this.run = undefined;
    this.errors = [];
    this.problem = undefined;
    this.content = this.file ? await base64(this.file) : undefined;
    this.ctx.rerender();
  }

  private async start(dryRun: boolean): Promise<void> {
    if (!this.file || this.content === undefined) {
      return;
    }
    this.busy = true;
    this.problem = undefined;
    this.ctx.rerender();
    try {
      let current = await post<MemberImport>(`/api/v1/provinces/${this.ctx.province}/imports`, {
        fileName: this.file.name, content: this.content, dryRun, requestId: requestId(),
      });
      this.show(dryRun, current);
      while (!FINISHED.includes(current.state)) {
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        current = await get<MemberImport>(`/api/v1/${current.name}`);
        this.show(dryRun, current);
      }
      if ((current.errorCount ?? 0) > 0) {
        this.errors = await allErrors(current.name);
      }
    } catch (error) {
      if (!(error instanceof SessionExpired)) {
        this.problem = error instanceof ApiProblem
          ? [error.detail || error.title, ...error.errors.map((e) => e.message)].join(' ') : String(error);
      }
    } finally {
      this.busy = false;
      this.ctx.rerender();
    }
  }

  private show(dryRun: boolean, current: MemberImport): void {
    if (dryRun) {
      this.dryRun = current;
    } else {
      this.run = current;
    }
    this.ctx.rerender();
  }

  render() {
    const dry = this.dryRun;
    const dryDone = dry && FINISHED.includes(dry.state);
    const clean = dryDone && dry.state === 'SUCCEEDED' && (dry.errorCount ?? 0) === 0;
    return html`
      <h1>${t('import.title')}</h1>
      <ol class="steps">
        <li aria-current=${!dry ? 'step' : nothing}>${t('import.step1')}</li>
        <li aria-current=${dry && !this.run ? 'step' : nothing}>${t('import.step2')}</li>
        <li aria-current=${this.run ? 'step' : nothing}>${t('import.step3')}</li>
      </ol>
      <div class="field">
        <label for="import-file">${t('import.file')}</label>
        <input id="import-file" type="file" accept=".csv,.xlsx,text/csv" ?disabled=${this.busy}
            @change=${(e: Event) => void this.choose(e)} />
      </div>
      <button type="button" data-testid="import-dry-run" ?disabled=${!this.content || this.busy} @click=${() => void this.start(true)}>${t('import.dryRun')}</button>
      ${this.problem ? html`<p class="alert" role="alert">${t('common.error', { detail: this.problem })}</p>` : nothing}
      ${dry ? html`<section class="card" aria-labelledby="dry-title" aria-live="polite">
        <h2 id="dry-title">${t('import.step2')}: ${label('import.state', dry.state)}</h2>
        ${progress(dry)}
        ${dryDone ? report(dry, t('import.wouldWrite')) : nothing}
        ${dryDone && (dry.errorCount ?? 0) > 0 ? html`<p>${t('import.fixFirst')}</p>` : nothing}
        ${clean ? html`<p class="success">${t('import.noErrors')}</p>` : nothing}
        ${this.errors.length > 0 && !this.run ? errorTable(this.errors) : nothing}
        ${clean && !this.run ? html`<button type="button" data-testid="import-confirm" ?disabled=${this.busy}
            @click=${() => void this.start(false)}>${t('import.confirm', { rows: num(dry.rowsTotal ?? 0) })}</button>` : nothing}
      </section>` : nothing}
      ${this.run ? html`<section class="card" aria-labelledby="run-title" aria-live="polite">
        <h2 id="run-title">${t('import.step3')}: ${label('import.state', this.run.state)}</h2>
        ${progress(this.run)}
        ${this.run.state === 'SUCCEEDED' ? html`<p class="success">${t('import.done')}</p>${report(this.run, '')}` : nothing}
        ${this.run.state === 'FAILED' ? html`<p class="alert">${t('import.failed')}</p>${errorTable(this.errors)}` : nothing}
      </section>` : nothing}`;
  }
}

function progress(current: MemberImport) {
  const total = current.rowsTotal ?? 0;
  const done = FINISHED.includes(current.state) ? total : current.rowsDone ?? 0;
  return html`<label class="progress">${t('import.progress')}
    <progress max=${Math.max(total, 1)} value=${done} data-testid="import-progress"></progress>
    ${num(done)} / ${num(total)}</label>`;
}

function report(current: MemberImport, title: string) {
  return html`${title ? html`<h3>${title}</h3>` : nothing}<dl class="facts">
    <dt>${t('import.rowsTotal')}</dt><dd>${num(current.rowsTotal ?? 0)}</dd>
    <dt>${t('import.errorCount')}</dt><dd data-testid="import-error-count">${num(current.errorCount ?? 0)}</dd>
    <dt>${t('import.personsCreated')}</dt><dd>${num(current.personsCreated ?? 0)}</dd>
    <dt>${t('import.personsUpdated')}</dt><dd>${num(current.personsUpdated ?? 0)}</dd>
    <dt>${t('import.membershipsCreated')}</dt><dd>${num(current.membershipsCreated ?? 0)}</dd>
    <dt>${t('import.rowsUnchanged')}</dt><dd>${num(current.rowsUnchanged ?? 0)}</dd>
  </dl>`;
}

function errorTable(errors: ImportError[]) {
  return html`<h3>${t('import.errorsTitle', { count: num(errors.length) })}</h3>
    <div class="table-wrap"><table data-testid="import-errors">
      <thead><tr><th scope="col">${t('import.line')}</th><th scope="col">${t('import.column')}</th><th scope="col">${t('import.reason')}</th></tr></thead>
      <tbody>${errors.map((e) => html`<tr><td class="num">${e.line ?? 0}</td><td>${e.column ?? ''}</td><td>${e.reason}</td></tr>`)}</tbody>
    </table></div>`;
}

/** Every bad row of an import, page after page (the import itself carries only the first 100). */
async function allErrors(importName: string): Promise<ImportError[]> {
  const errors: ImportError[] = [];
  let pageToken: string | undefined;
  do {
    const page = await get<{ errors?: ImportError[]; nextPageToken?: string }>(
      `/api/v1/${importName}/errors` + query({ pageSize: 1000, pageToken }));
    errors.push(...(page.errors ?? []));
    pageToken = page.nextPageToken;
  } while (pageToken);
  return errors;
}

function base64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.substring(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}
