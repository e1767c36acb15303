// Models, their replication points and groups: list, search (diacritics optional), create.
import { html, nothing } from 'lit';
import { get, post, query, requestId } from '../api';
import type { Context, View } from '../app';
import { formatDate, parseDate, type ApiDate } from '../format';
import { Form } from '../form';
import { label, num, t } from '../i18n';
import { empty, lastId, Loadable, submitButton } from './common';

interface Model {
  name: string; code: string; displayName: string; sector: string; status: string; description?: string;
  establishedDate?: ApiDate; replicationPointCount?: number; groupCount?: number; memberCount?: string;
  lineage?: { originProvince: string; templateVersion: number };
}
interface Point { name: string; displayName: string; commune: string; district: string; groupCount?: number; memberCount?: string; establishedDate?: ApiDate }
interface Group { name: string; displayName: string; leaderName?: string; memberCount?: number }
interface Review { name: string; period: string; flags?: { kind: string; detail: string }[]; indicators?: Record<string, number | string> }

export const SECTORS = ['FISHERMEN', 'RELIGIOUS_COMMUNITY', 'ETHNIC_COMMUNITY', 'FAMILY_LINEAGE', 'VETERANS', 'WOMEN', 'FARMERS',
  'WORKERS', 'SCHOOLS', 'INDUSTRIAL_ZONE', 'RESIDENTIAL_AREA', 'REFORMED_OFFENDERS', 'WATERWAYS', 'FOREST_AND_COAST', 'TRAFFIC_SAFETY', 'OTHER'];
const STATUSES = ['DRAFT', 'ACTIVE', 'UNDER_REVIEW', 'RETIRED'];

/** Reads an optional dd/MM/yyyy field into the form's local errors; undefined when empty or wrong. */
export function dateField(form: Form, name: string): ApiDate | undefined {
  const text = form.value(name).trim();
  delete form.localErrors[name];
  if (!text) {
    return undefined;
  }
  const date = parseDate(text);
  if (!date) {
    form.localErrors[name] = t('common.badDate');
  }
  return date;
}

export class ModelsView implements View {
  private models = new Loadable<{ models?: Model[]; totalSize?: number }>();
  private search: Form;
  private create: Form;

  constructor(private readonly ctx: Context) {
    this.search = new Form('models-search', ctx.rerender, { text: ctx.query.get('text') ?? '', status: '' });
    this.create = new Form('model-create', ctx.rerender, { sector: 'FISHERMEN' });
    this.load();
  }

  private load(): void {
    void this.models.load(() => get(`/api/v1/provinces/${this.ctx.province}/models` + query({
      text: this.search.value('text'), status: this.search.value('status'), pageSize: 100,
    })), this.ctx.rerender);
  }

  private submitCreate(event: Event): void {
    event.preventDefault();
    const f = this.create;
    const established = dateField(f, 'establishedDate');
    void f.submit(() => post<Model>(`/api/v1/provinces/${this.ctx.province}/models` + query({ requestId: requestId() }), {
      code: f.value('code').trim(), displayName: f.value('displayName'), sector: f.value('sector'),
      description: f.value('description'), establishedDate: established,
    }), (model) => {
      f.reset({ sector: 'FISHERMEN' });
      f.message = t('models.created', { name: model.displayName });
      this.load();
    });
  }

  render() {
    const s = this.search;
    const f = this.create;
    return html`
      <h1>${t('models.title')}</h1>
      <form class="search" role="search" @submit=${(e: Event) => { e.preventDefault(); this.load(); }}>
        ${s.field('text', t('models.searchLabel'))}
        ${s.field('status', t('common.status'), { type: 'select', options: [{ value: '', label: '—' }, ...STATUSES.map((v) => ({ value: v, label: label('modelStatus', v) }))] })}
        <button type="submit">${t('common.search')}</button>
      </form>
      ${this.models.show((r) => html`
        ${empty(r.models)}
        ${r.models?.length ? html`<div class="table-wrap"><table data-testid="models-table">
          <thead><tr><th scope="col">${t('common.code')}</th><th scope="col">${t('common.name')}</th><th scope="col">${t('models.sector')}</th>
            <th scope="col">${t('common.status')}</th><th scope="col" class="num">${t('models.points')}</th><th scope="col" class="num">${t('models.groups')}</th><th scope="col" class="num">${t('models.members')}</th></tr></thead>
          <tbody>${r.models.map((m) => html`<tr>
            <td>${m.code}</td><td><a href="/models/${lastId(m.name)}">${m.displayName}</a></td><td>${label('sector', m.sector)}</td>
            <td>${label('modelStatus', m.status)}</td><td class="num">${num(m.replicationPointCount ?? 0)}</td>
            <td class="num">${num(m.groupCount ?? 0)}</td><td class="num">${num(m.memberCount ?? 0)}</td></tr>`)}</tbody>
        </table></div>` : nothing}`)}
      <section aria-labelledby="model-create-title" class="card">
        <h2 id="model-create-title">${t('models.create')}</h2>
        <form novalidate @submit=${(e: Event) => this.submitCreate(e)} data-testid="model-create">
          ${f.status(['code', 'displayName', 'sector', 'description', 'establishedDate'])}
          <div class="grid">
            ${f.field('code', t('common.code'), { required: true, hint: 'BL-NGUDAN-01' })}
            ${f.field('displayName', t('common.name'), { required: true })}
            ${f.field('sector', t('models.sector'), { type: 'select', required: true, options: SECTORS.map((v) => ({ value: v, label: label('sector', v) })) })}
            ${f.field('establishedDate', t('common.established'), { type: 'date' })}
          </div>
          ${f.field('description', t('common.description'), { type: 'textarea' })}
          ${submitButton('common.create', f.busy)}
        </form>
      </section>`;
  }
}

export class ModelView implements View {
  private model = new Loadable<Model>();
  private points = new Loadable<{ replicationPoints?: Point[] }>();
  private reviews = new Loadable<{ reviews?: Review[] }>();
  private create: Form;
  private readonly path: string;

  constructor(private readonly ctx: Context) {
    this.path = `/api/v1/provinces/${ctx.province}/models/${encodeURIComponent(ctx.params.model)}`;
    this.create = new Form(`point-create-${ctx.params.model}`, ctx.rerender);
    void this.model.load(() => get(this.path), ctx.rerender);
    void this.reviews.load(() => get(`${this.path}/reviews`), ctx.rerender);
    this.loadPoints();
  }

  private loadPoints(): void {
    void this.points.load(() => get(`${this.path}/points?pageSize=200`), this.ctx.rerender);
  }

  private submit(event: Event): void {
    event.preventDefault();
    const f = this.create;
    const established = dateField(f, 'establishedDate');
    void f.submit(() => post(`${this.path}/points` + query({ requestId: requestId() }), {
      displayName: f.value('displayName'), commune: f.value('commune'), district: f.value('district'), establishedDate: established,
    }), () => {
      f.reset();
      f.message = t('common.saved');
      this.loadPoints();
      void this.model.load(() => get(this.path), this.ctx.rerender);
    });
  }

  render() {
    const f = this.create;
    return html`
      <p><a href="/models">← ${t('models.title')}</a></p>
      ${this.model.show((m) => html`
        <h1>${m.displayName} <small>${m.code}</small></h1>
        <dl class="facts">
          <dt>${t('models.sector')}</dt><dd>${label('sector', m.sector)}</dd>
          <dt>${t('common.status')}</dt><dd>${label('modelStatus', m.status)}</dd>
          <dt>${t('common.established')}</dt><dd>${formatDate(m.establishedDate) || '—'}</dd>
          <dt>${t('figures.members')}</dt><dd>${num(m.memberCount ?? 0)}</dd>
        </dl>
        ${m.lineage ? html`<p class="note">${t('models.lineage', { province: m.lineage.originProvince, version: m.lineage.templateVersion })}</p>` : nothing}
        ${m.description ? html`<p>${m.description}</p>` : nothing}`)}
      <h2>${t('points.title')}</h2>
      ${this.points.show((r) => html`${empty(r.replicationPoints)}
        ${r.replicationPoints?.length ? html`<div class="table-wrap"><table>
          <thead><tr><th scope="col">${t('common.name')}</th><th scope="col">${t('common.commune')}</th><th scope="col">${t('common.district')}</th>
            <th scope="col" class="num">${t('models.groups')}</th><th scope="col" class="num">${t('models.members')}</th></tr></thead>
          <tbody>${r.replicationPoints.map((p) => html`<tr><td><a href="/models/${this.ctx.params.model}/points/${lastId(p.name)}">${p.displayName}</a></td>
            <td>${p.commune}</td><td>${p.district}</td><td class="num">${num(p.groupCount ?? 0)}</td><td class="num">${num(p.memberCount ?? 0)}</td></tr>`)}</tbody>
        </table></div>` : nothing}`)}
      <section class="card" aria-labelledby="point-create-title">
        <h2 id="point-create-title">${t('points.create')}</h2>
        <form novalidate @submit=${(e: Event) => this.submit(e)}>
          ${f.status(['displayName', 'commune', 'district', 'establishedDate'])}
          <div class="grid">
            ${f.field('displayName', t('common.name'), { required: true })}
            ${f.field('commune', t('common.commune'), { required: true })}
            ${f.field('district', t('common.district'), { required: true })}
            ${f.field('establishedDate', t('common.established'), { type: 'date' })}
          </div>
          ${submitButton('common.create', f.busy)}
        </form>
      </section>
      <h2>${t('models.reviews')}</h2>
      ${this.reviews.show((r) => html`${empty(r.reviews)}
        <ul>${(r.reviews ?? []).map((rv) => html`<li>${rv.period}: ${(rv.flags ?? []).length
          ? rv.flags!.map((fl) => label('flag', fl.kind)).join(', ') : '✓'}</li>`)}</ul>`)}`;
  }
}

export class PointView implements View {
  private groups = new Loadable<{ groups?: Group[] }>();
  private point = new Loadable<Point>();
  private create: Form;
  private readonly path: string;

  constructor(private readonly ctx: Context) {
    this.path = `/api/v1/provinces/${ctx.province}/models/${encodeURIComponent(ctx.params.model)}/points/${encodeURIComponent(ctx.params.point)}`;
    this.create = new Form(`group-create-${ctx.params.model}-${ctx.params.point}`, ctx.rerender);
    void this.point.load(() => get(this.path), ctx.rerender);
    this.loadGroups();
  }

  private loadGroups(): void {
    void this.groups.load(() => get(`${this.path}/groups?pageSize=200`), this.ctx.rerender);
  }

  private submit(event: Event): void {
    event.preventDefault();
    const f = this.create;
    void f.submit(() => post(`${this.path}/groups` + query({ requestId: requestId() }), {
      displayName: f.value('displayName'), leaderName: f.value('leaderName'),
    }), () => {
      f.reset();
      f.message = t('common.saved');
      this.loadGroups();
    });
  }

  render() {
    const f = this.create;
    return html`
      <p><a href="/models/${this.ctx.params.model}">← ${t('common.back')}</a></p>
      ${this.point.show((p) => html`<h1>${p.displayName}</h1><p>${p.commune}, ${p.district}</p>`)}
      <h2>${t('groups.title')}</h2>
      ${this.groups.show((r) => html`${empty(r.groups)}
        ${r.groups?.length ? html`<div class="table-wrap"><table>
          <thead><tr><th scope="col">${t('common.code')}</th><th scope="col">${t('common.name')}</th><th scope="col">${t('groups.leader')}</th><th scope="col" class="num">${t('models.members')}</th></tr></thead>
          <tbody>${r.groups.map((g) => html`<tr><td>${lastId(g.name)}</td><td>${g.displayName}</td><td>${g.leaderName ?? ''}</td><td class="num">${num(g.memberCount ?? 0)}</td></tr>`)}</tbody>
        </table></div>` : nothing}`)}
      <section class="card" aria-labelledby="group-create-title">
        <h2 id="group-create-title">${t('groups.create')}</h2>
        <form novalidate @submit=${(e: Event) => this.submit(e)}>
          ${f.status(['displayName', 'leaderName'])}
          <div class="grid">
            ${f.field('displayName', t('common.name'), { required: true })}
            ${f.field('leaderName', t('groups.leader'))}
          </div>
          ${submitButton('common.create', f.busy)}
        </form>
      </section>`;
  }
}
