// Campaign results of a period: totals and districts, the units' reported results (submit), the
// launches dated in it, and the administrator's approve (locks) / reopen with a reason.
import { html, nothing } from 'lit';
import { get, post, put, query, requestId } from '../api';
import { isProvinceAdmin, type Context, type View } from '../app';
import { formatDate, type ApiDate } from '../format';
import { Form } from '../form';
import { label, num, t } from '../i18n';
import { empty, figure, lastId, Loadable, submitButton } from './common';
import { dateField } from './models';

const LEVELS = ['PROVINCE', 'DISTRICT', 'COMMUNE'];

interface Period { name: string; state: string; lockedBy?: string; startDate?: ApiDate; endDate?: ApiDate; history?: { action: string; actor: string; reason?: string; time: string }[] }
interface Totals { launches?: number; attendees?: string; tipsReceived?: string; surrendered?: string; disputesMediated?: string; patrols?: number; forums?: number }
interface Summary { province?: Totals; districts?: { district: string; totals?: Totals }[] }
interface UnitResults {
  name: string; unitDisplayName: string; district: string; tipsReceived?: number; tipsFromDignitaries?: number; weaponsSurrendered?: number;
  explosivesSurrendered?: number; supportToolsSurrendered?: number; firework?: number; fireworksSurrendered?: number; disputesMediated?: number; reporter?: string;
}
interface Campaign { name: string; title: string; organizer: string; startDate?: ApiDate; attendees?: number }

const COUNT_FIELDS: [string, string][] = [
  ['tipsReceived', 'periods.tipsReceived'], ['tipsFromDignitaries', 'periods.tipsFromDignitaries'],
  ['weaponsSurrendered', 'periods.weapons'], ['explosivesSurrendered', 'periods.explosives'],
  ['supportToolsSurrendered', 'periods.supportTools'], ['fireworksSurrendered', 'periods.fireworks'],
  ['disputesMediated', 'periods.disputes'],
];

export class PeriodsView implements View {
  private choose: Form;
  private periodId = '';
  private period = new Loadable<Period>();
  private summary = new Loadable<Summary>();
  private results = new Loadable<{ unitResults?: UnitResults[] }>();
  private campaigns = new Loadable<{ campaigns?: Campaign[]; totalSize?: number }>();
  private report: Form;
  private decision: Form;
  private launch: Form;

  constructor(private readonly ctx: Context) {
    const initial = ctx.query.get('period') ?? String(new Date().getFullYear());
    this.choose = new Form('period-choose', ctx.rerender, { period: initial });
    this.report = new Form('unit-results', ctx.rerender);
    this.decision = new Form('period-decision', ctx.rerender);
    this.launch = new Form('campaign-create', ctx.rerender, { level: 'DISTRICT' });
    this.open();
  }

  private base(): string {
    return `/api/v1/provinces/${this.ctx.province}/periods/${encodeURIComponent(this.periodId)}`;
  }

  private open(): void {
    this.periodId = this.choose.value('period').trim().toLowerCase();
    history.replaceState(null, '', `/periods?period=${encodeURIComponent(this.periodId)}`);
    void this.period.load(() => get(this.base()), this.ctx.rerender);
    void this.summary.load(() => get(`${this.base()}/summary`), this.ctx.rerender);
    void this.results.load(() => get(`${this.base()}/results?pageSize=200`), this.ctx.rerender);
    void this.campaigns.load(() => get(`/api/v1/provinces/${this.ctx.province}/campaigns` + query({ period: this.periodId, pageSize: 50 })), this.ctx.rerender);
  }

  private reloadFigures(): void {
    void this.summary.load(() => get(`${this.base()}/summary`), this.ctx.rerender);
    void this.results.load(() => get(`${this.base()}/results?pageSize=200`), this.ctx.rerender);
  }

  private submitResults(event: Event): void {
    event.preventDefault();
    const f = this.report;
    const unit = f.value('unit').trim();
    const body: Record<string, unknown> = { unitDisplayName: f.value('unitDisplayName'), district: f.value('district') };
    for (const [field] of COUNT_FIELDS) {
      const text = f.value(field).trim();
      if (text) {
        body[field] = /^\d+$/.test(text) ? Number(text) : text; // anything else: the server names the field
      }
    }
    void f.submit(() => put(`${this.base()}/results/${encodeURIComponent(unit || '-')}`, body), () => {
      f.reset();
      f.message = t('common.saved');
      this.reloadFigures();
    });
  }

  private submitLaunch(event: Event): void {
    event.preventDefault();
    const f = this.launch;
    const startDate = dateField(f, 'startDate');
    const count = (name: string) => (/^\d+$/.test(f.value(name).trim()) ? Number(f.value(name).trim()) : f.value(name).trim() || undefined);
    void f.submit(() => post(`/api/v1/provinces/${this.ctx.province}/campaigns` + query({ requestId: requestId() }), {
      title: f.value('title'), level: f.value('level'), organizer: f.value('organizer'), startDate,
      place: { district: f.value('district'), commune: f.value('commune'), venue: f.value('venue') },
      attendees: count('attendees'), leaflets: count('leaflets'),
    }), () => {
      f.reset({ level: 'DISTRICT' });
      f.message = t('common.saved');
      this.reloadFigures();
      void this.campaigns.load(() => get(`/api/v1/provinces/${this.ctx.province}/campaigns` + query({ period: this.periodId, pageSize: 50 })), this.ctx.rerender);
    });
  }

  private approve(): void {
    void this.decision.submit(() => post<Period>(`${this.base()}:approve`, {}), (period) => {
      this.period.value = period;
      this.decision.message = t('periods.approved', { period: this.periodId });
    });
  }

  private reopen(event: Event): void {
    event.preventDefault();
    void this.decision.submit(() => post<Period>(`${this.base()}:reopen`, { reason: this.decision.value('reason') }), (period) => {
      this.period.value = period;
      this.decision.reset();
    });
  }

  render() {
    const admin = isProvinceAdmin(this.ctx.session);
    const r = this.report;
    return html`
      <h1>${t('periods.title')}</h1>
      <form class="search" @submit=${(e: Event) => { e.preventDefault(); this.open(); }}>
        ${this.choose.field('period', t('periods.periodLabel'), { required: true })}
        <button type="submit">${t('common.load')}</button>
      </form>
      ${this.period.show((p) => html`<section class="card" aria-labelledby="period-state">
        <h2 id="period-state">${t('common.period')} ${lastId(p.name)}: <span data-testid="period-state">${label('periodState', p.state)}</span></h2>
        <p>${formatDate(p.startDate)} – ${formatDate(p.endDate)}</p>
        ${p.lockedBy && lastId(p.lockedBy) !== lastId(p.name) ? html`<p>${t('periods.lockedBy', { period: lastId(p.lockedBy) })}</p>` : nothing}
        ${this.decision.status(['reason'])}
        ${admin && p.state === 'OPEN' ? html`<button type="button" data-testid="period-approve" ?disabled=${this.decision.busy} @click=${() => this.approve()}>${t('periods.approve')}</button>` : nothing}
        ${admin && p.state === 'APPROVED' ? html`<form novalidate @submit=${(e: Event) => this.reopen(e)}>
          ${this.decision.field('reason', t('periods.reason'), { type: 'textarea', required: true })}
          ${submitButton('periods.reopen', this.decision.busy)}</form>` : nothing}
        ${(p.history?.length ?? 0) > 0 ? html`<h3>${t('periods.history')}</h3><ul>${p.history!.map((h) =>
          html`<li>${formatDate(h.time)} · ${label('periodAction', h.action)} · ${h.actor}${h.reason ? ` · ${h.reason}` : ''}</li>`)}</ul>` : nothing}
      </section>`)}
      ${this.summary.show((s) => html`<div class="figures">
          ${figure('figures.launches', s.province?.launches ?? 0, 'period-launches')}
          ${figure('figures.tips', s.province?.tipsReceived ?? 0, 'period-tips')}
          ${figure('figures.surrendered', s.province?.surrendered ?? 0, 'period-surrendered')}
          ${figure('figures.mediations', s.province?.disputesMediated ?? 0, 'period-mediations')}
        </div>
        ${(s.districts?.length ?? 0) > 0 ? html`<div class="table-wrap"><table>
          <thead><tr><th scope="col">${t('common.district')}</th><th scope="col" class="num">${t('figures.launches')}</th><th scope="col" class="num">${t('figures.tips')}</th><th scope="col" class="num">${t('figures.mediations')}</th></tr></thead>
          <tbody>${s.districts!.map((d) => html`<tr><td>${d.district}</td><td class="num">${num(d.totals?.launches ?? 0)}</td><td class="num">${num(d.totals?.tipsReceived ?? 0)}</td><td class="num">${num(d.totals?.disputesMediated ?? 0)}</td></tr>`)}</tbody>
        </table></div>` : nothing}`)}
      <h2>${t('periods.results')}</h2>
      ${this.results.show((res) => html`${empty(res.unitResults)}
        ${res.unitResults?.length ? html`<div class="table-wrap"><table>
          <thead><tr><th scope="col">${t('periods.unitName')}</th><th scope="col">${t('common.district')}</th>
            ${COUNT_FIELDS.map(([, key]) => html`<th scope="col" class="num">${t(key)}</th>`)}<th scope="col">${t('periods.reporter')}</th></tr></thead>
          <tbody>${res.unitResults.map((u) => html`<tr><td>${u.unitDisplayName}</td><td>${u.district}</td>
            ${COUNT_FIELDS.map(([field]) => html`<td class="num">${num((u as unknown as Record<string, number>)[field] ?? 0)}</td>`)}<td>${u.reporter ?? ''}</td></tr>`)}</tbody>
        </table></div>` : nothing}`)}
      <section class="card" aria-labelledby="results-title">
        <h2 id="results-title">${t('periods.submit')}</h2>
        <form novalidate @submit=${(e: Event) => this.submitResults(e)}>
          ${r.status(['name', 'unitDisplayName', 'district', ...COUNT_FIELDS.map(([f]) => f)])}
          <div class="grid">
            ${r.field('unit', t('periods.unit'), { required: true, hint: 'ca-huyen-dong-hai', errorField: 'name' })}
            ${r.field('unitDisplayName', t('periods.unitName'), { required: true })}
            ${r.field('district', t('common.district'), { required: true })}
            ${COUNT_FIELDS.map(([field, key]) => r.field(field, t(key), { type: 'number' }))}
          </div>
          ${submitButton('common.save', r.busy)}
        </form>
      </section>
      <h2>${t('periods.campaigns')}</h2>
      ${this.campaigns.show((c) => html`${empty(c.campaigns)}
        ${c.campaigns?.length ? html`<div class="table-wrap"><table>
          <thead><tr><th scope="col">${t('periods.startDate')}</th><th scope="col">${t('common.name')}</th><th scope="col">${t('periods.organizer')}</th><th scope="col" class="num">${t('figures.attendees')}</th></tr></thead>
          <tbody>${c.campaigns.map((x) => html`<tr><td>${formatDate(x.startDate)}</td><td>${x.title}</td><td>${x.organizer}</td><td class="num">${num(x.attendees ?? 0)}</td></tr>`)}</tbody>
        </table></div>` : nothing}`)}
      <section class="card" aria-labelledby="launch-title">
        <h2 id="launch-title">${t('periods.createLaunch')}</h2>
        <form novalidate @submit=${(e: Event) => this.submitLaunch(e)}>
          ${this.launch.status(['title', 'level', 'organizer', 'startDate', 'district', 'commune', 'venue', 'attendees', 'leaflets'])}
          <div class="grid">
            ${this.launch.field('title', t('common.name'), { required: true })}
            ${this.launch.field('level', t('periods.level'), { type: 'select', required: true, options: LEVELS.map((v) => ({ value: v, label: label('level', v) })) })}
            ${this.launch.field('organizer', t('periods.organizer'), { required: true })}
            ${this.launch.field('startDate', t('periods.startDate'), { type: 'date', required: true })}
            ${this.launch.field('district', t('common.district'), { required: true })}
            ${this.launch.field('commune', t('common.commune'))}
            ${this.launch.field('venue', t('periods.venue'))}
            ${this.launch.field('attendees', t('figures.attendees'), { type: 'number' })}
            ${this.launch.field('leaflets', t('figures.leaflets'), { type: 'number' })}
          </div>
          ${submitButton('common.create', this.launch.busy)}
        </form>
      </section>`;
  }
}
