// The province's figures as the annual report gives them: registry counts, movement results by
// period and district, social welfare. Every figure comes from the services' summary APIs.
import { html, nothing } from 'lit';
import { get, query } from '../api';
import type { Context, View } from '../app';
import { yearRange } from '../awards';
import { barChart } from '../chart';
import { label, num, t, vnd } from '../i18n';
import { figure, Loadable } from './common';

interface Counts { models: number; activeModels: number; replicationPoints: number; groups: number; members: string }
interface Totals {
  launches?: number; attendees?: string; leaflets?: string; propagandaRounds?: string; forums?: number;
  patrols?: number; trainingClasses?: number; tipsReceived?: string; surrendered?: string; disputesMediated?: string;
}
interface Summary { province?: Totals; districts?: { district: string; totals?: Totals }[] }
interface WelfareSummary {
  kinds?: { kind: string; unit: string; itemCount?: number; quantity?: string; value?: string }[];
  itemCount?: number; totalValue?: string; contributedValue?: string; sponsorCount?: number;
}
interface AwardTotals { collectives?: number; individuals?: number }

const YEARS_SHOWN = 4;
const n = (v: number | string | undefined) => (v === undefined ? 0 : Number(v));

export class DashboardView implements View {
  private counts = new Loadable<Counts>();
  private years = new Loadable<{ year: number; summary?: Summary }[]>();
  private quarters = new Loadable<(Summary | undefined)[]>();
  private year?: Summary;
  private welfare = new Loadable<WelfareSummary>();
  private awards = new Loadable<AwardTotals>();
  private selected?: number;

  constructor(private readonly ctx: Context) {
    const base = `/api/v1/provinces/${ctx.province}`;
    void this.counts.load(() => get<Counts>(`${base}/counts`), ctx.rerender);
    const requested = Number(ctx.query.get('year')) || undefined;
    void this.years.load(async () => {
      const thisYear = new Date().getFullYear();
      const years = Array.from({ length: YEARS_SHOWN }, (_, i) => thisYear - YEARS_SHOWN + 1 + i);
      return Promise.all(years.map(async (year) => ({ year, summary: await this.summary(`${year}`) })));
    }, ctx.rerender).then(() => {
      const withData = (this.years.value ?? []).filter((y) => n(y.summary?.province?.launches) + n(y.summary?.province?.tipsReceived) > 0);
      this.selectYear(requested ?? withData.at(-1)?.year ?? new Date().getFullYear());
    });
  }

  private async summary(period: string): Promise<Summary | undefined> {
    try {
      return await get<Summary>(`/api/v1/provinces/${this.ctx.province}/periods/${period}/summary`);
    } catch {
      return undefined; // a period that has not started yet has no summary
    }
  }

  private selectYear(year: number): void {
    this.selected = year;
    this.year = this.years.value?.find((y) => y.year === year)?.summary;
    void this.quarters.load(() => Promise.all([1, 2, 3, 4].map((q) => this.summary(`${year}-q${q}`))), this.ctx.rerender);
    const today = new Date();
    const end = year < today.getFullYear() ? { y: year, m: 12, d: 31 } : { y: year, m: today.getMonth() + 1, d: today.getDate() };
    void this.welfare.load(() => get<WelfareSummary>(`/api/v1/provinces/${this.ctx.province}/welfareSummary` + query({
      'startDate.year': year, 'startDate.month': 1, 'startDate.day': 1,
      'endDate.year': end.y, 'endDate.month': end.m, 'endDate.day': end.d,
    })), this.ctx.rerender);
    void this.awards.load(() => get<AwardTotals>(`/api/v1/provinces/${this.ctx.province}/awardSummary` + query(yearRange(year))), this.ctx.rerender);
    this.ctx.rerender();
  }

  render() {
    const year = this.selected;
    const totals = this.year?.province;
    return html`
      <h1>${t('dashboard.title', { province: this.ctx.session.provinceName ?? this.ctx.province })}</h1>
      <section aria-labelledby="dash-registry">
        <h2 id="dash-registry">${t('dashboard.registry')}</h2>
        ${this.counts.show((c) => html`<div class="figures">
          ${figure('figures.models', c.models, 'dash-models')}
          ${figure('figures.points', c.replicationPoints, 'dash-points')}
          ${figure('figures.groups', c.groups, 'dash-groups')}
          ${figure('figures.members', c.members, 'dash-members')}
        </div>`)}
      </section>
      ${this.years.show((years) => html`
        <label class="inline">${t('common.year')}
          <select data-testid="dash-year" @change=${(e: Event) => this.selectYear(Number((e.target as HTMLSelectElement).value))}>
            ${years.map((y) => html`<option value=${y.year} ?selected=${y.year === year}>${y.year}</option>`)}
          </select>
        </label>
        <section aria-labelledby="dash-campaigns">
          <h2 id="dash-campaigns">${t('dashboard.campaigns', { year: year ?? '' })}</h2>
          <div class="figures">
            ${figure('figures.launches', totals?.launches ?? 0, 'dash-launches')}
            ${figure('figures.attendees', totals?.attendees ?? 0, 'dash-attendees')}
            ${figure('figures.leaflets', totals?.leaflets ?? 0, 'dash-leaflets')}
            ${figure('figures.propaganda', totals?.propagandaRounds ?? 0, 'dash-propaganda')}
            ${figure('figures.tips', totals?.tipsReceived ?? 0, 'dash-tips')}
            ${figure('figures.surrendered', totals?.surrendered ?? 0, 'dash-surrendered')}
            ${figure('figures.mediations', totals?.disputesMediated ?? 0, 'dash-mediations')}
            ${figure('figures.patrols', totals?.patrols ?? 0, 'dash-patrols')}
            ${figure('figures.forums', totals?.forums ?? 0, 'dash-forums')}
            ${figure('figures.trainings', totals?.trainingClasses ?? 0, 'dash-trainings')}
          </div>
          <div class="charts">
            ${barChart(t('dashboard.byYear'), years.map((y) => String(y.year)), [
              { label: t('figures.launches'), values: years.map((y) => n(y.summary?.province?.launches)) },
              { label: t('figures.tips'), values: years.map((y) => n(y.summary?.province?.tipsReceived)) },
            ])}
            ${this.quarters.show((quarters) => barChart(t('dashboard.byPeriod', { year: year ?? '' }), ['Q1', 'Q2', 'Q3', 'Q4'], [
              { label: t('figures.launches'), values: quarters.map((q) => (q ? n(q.province?.launches) : undefined)) },
              { label: t('figures.tips'), values: quarters.map((q) => (q ? n(q.province?.tipsReceived) : undefined)) },
            ]))}
            ${(this.year?.districts?.length ?? 0) > 0
              ? barChart(t('dashboard.byDistrict', { year: year ?? '' }), this.year!.districts!.map((d) => d.district), [
                { label: t('figures.launches'), values: this.year!.districts!.map((d) => n(d.totals?.launches)) },
                { label: t('figures.mediations'), values: this.year!.districts!.map((d) => n(d.totals?.disputesMediated)) },
              ])
              : nothing}
          </div>
        </section>`)}
      <section aria-labelledby="dash-welfare">
        <h2 id="dash-welfare">${t('dashboard.welfare', { year: year ?? '' })}</h2>
        ${this.welfare.show((w) => html`
          <div class="figures">
            ${figure('figures.welfareItems', w.itemCount ?? 0, 'dash-welfare-items')}
            ${figure('figures.welfareValue', w.totalValue, 'dash-welfare-value', vnd(w.totalValue ?? 0))}
            ${figure('figures.contributed', w.contributedValue, 'dash-welfare-contributed', vnd(w.contributedValue ?? 0))}
          </div>
          ${(w.kinds?.length ?? 0) > 0 ? html`<div class="table-wrap"><table>
            <thead><tr><th scope="col">${t('dashboard.kind')}</th><th scope="col" class="num">${t('dashboard.quantity')}</th><th scope="col" class="num">${t('dashboard.value')}</th></tr></thead>
            <tbody>${w.kinds!.map((k) => html`<tr><td>${label('welfareKind', k.kind)}</td><td class="num">${num(k.quantity)}</td><td class="num">${vnd(k.value ?? 0)}</td></tr>`)}</tbody>
          </table></div>` : nothing}`)}
      </section>
      <section aria-labelledby="dash-awards">
        <h2 id="dash-awards">${t('dashboard.awards', { year: year ?? '' })}</h2>
        ${this.awards.show((a) => html`<div class="figures">
          ${figure('awards.collectives', a.collectives ?? 0, 'dash-award-collectives')}
          ${figure('awards.individuals', a.individuals ?? 0, 'dash-award-individuals')}
        </div>`)}
      </section>`;
  }
}
