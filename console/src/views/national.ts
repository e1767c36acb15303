// The Ministry's screens: national figures by province, the template catalogue (origin vs adopters),
// effectiveness reviews with their "formal only" flags.
import { html, nothing } from 'lit';
import { get, query } from '../api';
import { yearRange } from '../awards';
import type { Context, View } from '../app';
import { formatDate } from '../format';
import { Form } from '../form';
import { label, num, t, vnd } from '../i18n';
import { empty, lastId, Loadable } from './common';

interface Figures {
  province?: string; displayName?: string; models?: number; activeModels?: number; replicationPoints?: number; groups?: number; members?: string;
  registeredMembers?: string; campaignLaunches?: string; tips?: string; mediations?: string; awards?: number; charityHouses?: number; welfareVnd?: string;
  missing?: string[];
}
interface Dashboard { provinces?: Figures[]; nation?: Figures; complete?: boolean; gaps?: { section: string; kind: string; provinces?: string[] }[]; generateTime?: string }
interface Replica { province: string; model: string; status?: string; templateVersion?: number; replicationPoints?: number; groups?: number; members?: string }
interface Entry {
  template: { name: string; code: string; displayName: string; sector?: string; version: number; originProvince: string; recognition?: { number: string; date?: { year: number; month: number; day: number } } };
  origin?: Replica; adopters?: Replica[];
}
interface Review { name: string; period: string; modelDisplayName: string; modelStatus?: string; flags?: { kind: string; detail?: string }[]; indicators?: Record<string, number | string> }

// Missing figures stay "—" (the report leaves them unset), never 0.
const COLUMNS: [keyof Figures, string, (v: unknown) => string][] = [
  ['models', 'figures.models', (v) => num(v as number)],
  ['replicationPoints', 'figures.points', (v) => num(v as number)],
  ['groups', 'figures.groups', (v) => num(v as number)],
  ['members', 'figures.members', (v) => num(v as string)],
  ['campaignLaunches', 'figures.launches', (v) => num(v as string)],
  ['tips', 'figures.tips', (v) => num(v as string)],
  ['mediations', 'figures.mediations', (v) => num(v as string)],
  ['charityHouses', 'figures.charityHouses', (v) => num(v as number)],
  ['welfareVnd', 'figures.welfareVnd', (v) => (v === undefined ? '—' : vnd(v as string))],
];

export class NationalView implements View {
  private dashboard = new Loadable<Dashboard>();

  constructor(ctx: Context) {
    void this.dashboard.load(() => get('/api/v1/national/dashboard'), ctx.rerender);
  }

  render() {
    return html`<h1>${t('national.title')}</h1>
      ${this.dashboard.show((d) => html`
        ${d.gaps?.length ? html`<p class="note">${t('national.incomplete', { gaps: d.gaps.map((g) => label('section', g.section)).join(', ') })}</p>` : nothing}
        <div class="table-wrap"><table data-testid="national-table">
          <thead><tr><th scope="col">${t('common.province')}</th>${COLUMNS.map(([, key]) => html`<th scope="col" class="num">${t(key)}</th>`)}</tr></thead>
          <tbody>${(d.provinces ?? []).map((p) => html`<tr data-province=${p.province ?? ''}>
            <th scope="row">${p.displayName || p.province}</th>${COLUMNS.map(([field, , show]) => html`<td class="num">${show(p[field])}</td>`)}</tr>`)}</tbody>
          ${d.nation ? html`<tfoot><tr><th scope="row">${t('national.nation')}</th>${COLUMNS.map(([field, , show]) => html`<td class="num">${show(d.nation![field])}</td>`)}</tr></tfoot>` : nothing}
        </table></div>
        ${d.generateTime ? html`<p><small>${t('national.generated', { time: formatDate(d.generateTime) })}</small></p>` : nothing}`)}`;
  }
}

export class CatalogueView implements View {
  private catalogue = new Loadable<{ entries?: Entry[] }>();

  constructor(ctx: Context) {
    void this.catalogue.load(() => get('/api/v1/national/catalogue'), ctx.rerender);
  }

  render() {
    const replica = (r: Replica | undefined) => (r ? html`${num(r.replicationPoints ?? 0)} / ${num(r.groups ?? 0)} / ${num(r.members ?? 0)}` : '—');
    return html`<h1>${t('catalogue.title')}</h1>
      <p><small>${t('figures.points')} / ${t('figures.groups')} / ${t('figures.members')}</small></p>
      ${this.catalogue.show((c) => html`${empty(c.entries)}
        <div class="table-wrap"><table data-testid="catalogue-table">
          <thead><tr><th scope="col">${t('common.code')}</th><th scope="col">${t('common.name')}</th><th scope="col">${t('catalogue.version')}</th>
            <th scope="col">${t('catalogue.origin')}</th><th scope="col" class="num">${t('catalogue.adoption')}</th><th scope="col">${t('catalogue.adopters')}</th></tr></thead>
          <tbody>${(c.entries ?? []).map((e) => html`<tr>
            <td>${e.template.code}</td>
            <td>${e.template.displayName}${e.template.recognition ? html`<br /><small>${e.template.recognition.number} · ${formatDate(e.template.recognition.date)}</small>` : nothing}</td>
            <td class="num">${e.template.version}</td>
            <td>${e.template.originProvince}: ${replica(e.origin)}</td>
            <td class="num">${num(new Set((e.adopters ?? []).map((a) => a.province)).size)}</td>
            <td>${(e.adopters ?? []).map((a) => html`<div>${a.province} (v${a.templateVersion ?? ''}): ${replica(a)}</div>`)}</td>
          </tr>`)}</tbody>
        </table></div>`)}`;
  }
}

/** The current quarter as reviews name it, e.g. "2025-Q3". */
function currentQuarter(): string {
  const now = new Date();
  return `${now.getFullYear()}-Q${Math.floor(now.getMonth() / 3) + 1}`;
}

export class ReviewsView implements View {
  private reviews = new Loadable<{ reviews?: Review[] }>();
  private choose: Form;

  constructor(private readonly ctx: Context) {
    this.choose = new Form('reviews-period', ctx.rerender, { period: ctx.query.get('period') ?? currentQuarter() });
    this.load();
  }

  private load(): void {
    void this.reviews.load(() => get('/api/v1/national/reviews' + query({ period: this.choose.value('period').trim(), pageSize: 500 })), this.ctx.rerender);
  }

  render() {
    return html`<h1>${t('reviews.title')}</h1>
      <form class="search" @submit=${(e: Event) => { e.preventDefault(); this.load(); }}>
        ${this.choose.field('period', t('reviews.periodLabel'), { required: true })}
        <button type="submit">${t('common.load')}</button>
      </form>
      ${this.reviews.show((r) => html`${empty(r.reviews)}
        ${r.reviews?.length ? html`<div class="table-wrap"><table>
          <thead><tr><th scope="col">${t('common.province')}</th><th scope="col">${t('reviews.model')}</th><th scope="col">${t('common.status')}</th>
            <th scope="col">${t('reviews.formal')}</th><th scope="col">${t('reviews.flags')}</th></tr></thead>
          <tbody>${r.reviews.map((rv) => html`<tr><td>${rv.name.split('/')[1]}</td><td>${rv.modelDisplayName} <small>${lastId(rv.name.replace(/\/reviews\/.*/, ''))}</small></td>
            <td>${label('modelStatus', rv.modelStatus)}</td><td>${(rv.flags ?? []).length > 0 ? '⚠' : '✓'}</td>
            <td>${(rv.flags ?? []).map((f) => label('flag', f.kind)).join(', ')}</td></tr>`)}</tbody>
        </table></div>` : nothing}`)}`;
  }
}

interface ProvinceAwards { province: string; collectives?: number; individuals?: number; decided?: number; medianDays?: number; overdue?: number }

/** Award timeliness by province for a year: how long decisions took and how many nominations wait too long. */
export class AwardTimelinessView implements View {
  private figures = new Loadable<{ provinces?: ProvinceAwards[] }>();
  private choose: Form;

  constructor(private readonly ctx: Context) {
    const year = ctx.query.get('year') ?? String(new Date().getFullYear());
    this.choose = new Form('national-awards-year', ctx.rerender, { year });
    this.choose.values.year = year; // the address wins over a kept draft
    this.load();
  }

  private load(chosen = false): void {
    const year = Number(this.choose.value('year').trim()) || new Date().getFullYear();
    if (chosen) {
      history.replaceState(null, '', `/national/awards?year=${year}`); // a reload shows the same year
    }
    void this.figures.load(() => get('/api/v1/national/awards' + query(yearRange(year))), this.ctx.rerender);
  }

  render() {
    return html`<h1>${t('nationalAwards.title')}</h1>
      <form class="search" @submit=${(e: Event) => { e.preventDefault(); this.load(true); }}>
        ${this.choose.field('year', t('common.year'), { required: true, type: 'number' })}
        <button type="submit">${t('common.load')}</button>
      </form>
      ${this.figures.show((f) => html`${empty(f.provinces)}
        ${f.provinces?.length ? html`<div class="table-wrap"><table data-testid="award-timeliness">
          <thead><tr><th scope="col">${t('common.province')}</th><th scope="col" class="num">${t('awards.collectives')}</th><th scope="col" class="num">${t('awards.individuals')}</th>
            <th scope="col" class="num">${t('nationalAwards.decided')}</th><th scope="col" class="num">${t('awards.medianDays')}</th><th scope="col" class="num">${t('awards.overdueCount')}</th></tr></thead>
          <tbody>${f.provinces.map((p) => html`<tr data-province=${p.province}><th scope="row">${p.province}</th>
            <td class="num">${num(p.collectives ?? 0)}</td><td class="num">${num(p.individuals ?? 0)}</td><td class="num">${num(p.decided ?? 0)}</td>
            <td class="num">${p.decided ? num(p.medianDays ?? 0) : '—'}</td><td class="num">${num(p.overdue ?? 0)}</td></tr>`)}</tbody>
        </table></div>` : nothing}`)}`;
  }
}
