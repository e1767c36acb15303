// Social-welfare ledger: items (houses, bridges, gifts, …) and sponsors.
import { html, nothing } from 'lit';
import { get, post, query, requestId } from '../api';
import type { Context, View } from '../app';
import { digitsOnly, formatDate, type ApiDate } from '../format';
import { Form } from '../form';
import { label, num, t, vnd } from '../i18n';
import { empty, Loadable, submitButton } from './common';
import { dateField } from './models';

interface Item { name: string; kind: string; displayName: string; quantity?: string; unit?: string; value?: string; commune: string; district: string; status?: string; handoverDate?: ApiDate }
interface Sponsor { name: string; type: string; displayName: string; description?: string }

const KINDS = ['CHARITY_HOUSE', 'RURAL_BRIDGE', 'SCHOLARSHIP', 'GIFT_PACKAGE', 'NOTEBOOKS', 'HEALTH_INSURANCE_CARD', 'RICE', 'OTHER'];
const STATUSES = ['PLANNED', 'IN_PROGRESS', 'HANDED_OVER'];
const SPONSOR_TYPES = ['BUSINESS', 'ORGANISATION', 'PERSON'];

export class WelfareView implements View {
  private items = new Loadable<{ welfareItems?: Item[] }>();
  private sponsors = new Loadable<{ sponsors?: Sponsor[] }>();
  private item: Form;
  private sponsor: Form;
  private readonly base: string;

  constructor(private readonly ctx: Context) {
    this.base = `/api/v1/provinces/${ctx.province}`;
    this.item = new Form('welfare-item', ctx.rerender, { kind: 'CHARITY_HOUSE', status: 'PLANNED' });
    this.sponsor = new Form('welfare-sponsor', ctx.rerender, { type: 'BUSINESS' });
    this.loadItems();
    this.loadSponsors();
  }

  private loadItems(): void {
    void this.items.load(() => get(`${this.base}/welfareItems?pageSize=100`), this.ctx.rerender);
  }

  private loadSponsors(): void {
    void this.sponsors.load(() => get(`${this.base}/sponsors?pageSize=100`), this.ctx.rerender);
  }

  private submitItem(event: Event): void {
    event.preventDefault();
    const f = this.item;
    const handover = dateField(f, 'handoverDate');
    const startDate = dateField(f, 'startDate');
    void f.submit(() => post(`${this.base}/welfareItems` + query({ requestId: requestId() }), {
      kind: f.value('kind'), displayName: f.value('displayName'), quantity: digitsOnly(f.value('quantity')) || undefined,
      value: digitsOnly(f.value('value')) || undefined, commune: f.value('commune'), district: f.value('district'),
      status: f.value('status'), startDate, handoverDate: handover, description: f.value('description'),
    }), () => {
      f.reset({ kind: 'CHARITY_HOUSE', status: 'PLANNED' });
      f.message = t('common.saved');
      this.loadItems();
    });
  }

  private submitSponsor(event: Event): void {
    event.preventDefault();
    const f = this.sponsor;
    void f.submit(() => post(`${this.base}/sponsors` + query({ requestId: requestId() }), {
      type: f.value('type'), displayName: f.value('displayName'), description: f.value('description'),
    }), () => {
      f.reset({ type: 'BUSINESS' });
      f.message = t('common.saved');
      this.loadSponsors();
    });
  }

  render() {
    const i = this.item;
    const s = this.sponsor;
    return html`
      <h1>${t('welfare.title')}</h1>
      <h2>${t('welfare.items')}</h2>
      ${this.items.show((r) => html`${empty(r.welfareItems)}
        ${r.welfareItems?.length ? html`<div class="table-wrap"><table>
          <thead><tr><th scope="col">${t('welfare.kind')}</th><th scope="col">${t('common.name')}</th><th scope="col" class="num">${t('welfare.quantity')}</th>
            <th scope="col" class="num">${t('dashboard.value')}</th><th scope="col">${t('common.district')}</th><th scope="col">${t('common.status')}</th><th scope="col">${t('welfare.handover')}</th></tr></thead>
          <tbody>${r.welfareItems.map((x) => html`<tr><td>${label('welfareKind', x.kind)}</td><td>${x.displayName}</td><td class="num">${num(x.quantity)}</td>
            <td class="num">${vnd(x.value ?? 0)}</td><td>${x.district}</td><td>${label('welfareStatus', x.status)}</td><td>${formatDate(x.handoverDate)}</td></tr>`)}</tbody>
        </table></div>` : nothing}`)}
      <section class="card" aria-labelledby="item-title">
        <h2 id="item-title">${t('welfare.createItem')}</h2>
        <form novalidate @submit=${(e: Event) => this.submitItem(e)}>
          ${i.status(['kind', 'displayName', 'quantity', 'value', 'commune', 'district', 'status', 'startDate', 'handoverDate', 'description'])}
          <div class="grid">
            ${i.field('kind', t('welfare.kind'), { type: 'select', required: true, options: KINDS.map((k) => ({ value: k, label: label('welfareKind', k) })) })}
            ${i.field('displayName', t('common.name'), { required: true })}
            ${i.field('quantity', t('welfare.quantity'), { type: 'number', required: true })}
            ${i.field('value', t('welfare.value'), { type: 'number', hint: '85.000.000' })}
            ${i.field('commune', t('common.commune'), { required: true })}
            ${i.field('district', t('common.district'), { required: true })}
            ${i.field('status', t('common.status'), { type: 'select', options: STATUSES.map((k) => ({ value: k, label: label('welfareStatus', k) })) })}
            ${i.field('startDate', t('periods.startDate'), { type: 'date' })}
            ${i.field('handoverDate', t('welfare.handover'), { type: 'date' })}
          </div>
          ${i.field('description', t('common.description'), { type: 'textarea' })}
          ${submitButton('common.create', i.busy)}
        </form>
      </section>
      <h2>${t('welfare.sponsors')}</h2>
      ${this.sponsors.show((r) => html`${empty(r.sponsors)}
        <ul>${(r.sponsors ?? []).map((x) => html`<li>${x.displayName} · ${label('sponsorType', x.type)}</li>`)}</ul>`)}
      <section class="card" aria-labelledby="sponsor-title">
        <h2 id="sponsor-title">${t('welfare.createSponsor')}</h2>
        <form novalidate @submit=${(e: Event) => this.submitSponsor(e)}>
          ${s.status(['type', 'displayName', 'description'])}
          <div class="grid">
            ${s.field('type', t('welfare.sponsorType'), { type: 'select', required: true, options: SPONSOR_TYPES.map((k) => ({ value: k, label: label('sponsorType', k) })) })}
            ${s.field('displayName', t('common.name'), { required: true })}
          </div>
          ${s.field('description', t('common.description'), { type: 'textarea' })}
          ${submitButton('common.create', s.busy)}
        </form>
      </section>`;
  }
}
