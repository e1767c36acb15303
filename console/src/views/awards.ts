// Awards: nominations (filtered list, the form to nominate), a nomination's history and the steps the
// user's role allows (review, verify, decision, issue), and the year's summary with its form 0603 files.
import { html, nothing } from 'lit';
import { get, post, query, requestId } from '../api';
import { isProvinceAdmin, type Context, type View } from '../app';
import { daysWaiting, isLinked, ISSUING_LEVELS, NOMINATION_STATES, RECIPIENT_KINDS, recipientKind, recipientOf, stepsFor, yearRange, type Recipient, type RecipientKind } from '../awards';
import { formatDate, type ApiDate } from '../format';
import { Form } from '../form';
import { label, num, t } from '../i18n';
import { empty, figure, lastId, Loadable, submitButton } from './common';
import { dateField } from './models';

interface Nomination {
  name: string; recipient?: Recipient; form: string; issuingLevel: string; state: string; reviewReason?: string; decision?: string;
  achievement?: { periodStart?: ApiDate; periodEnd?: ApiDate; citation?: string }; issueDate?: ApiDate; daysToDecision?: number; overdue?: boolean;
}
interface NominationEvent { fromState?: string; toState?: string; action: string; subject?: string; detail?: string; eventTime?: string }
interface AwardForm { code: string; displayName: string }
interface Forms { awardForms?: AwardForm[]; overdueAfterDays?: number }
interface AwardSummary {
  counts?: { year?: number; issuingLevel: string; form: string; formDisplayName?: string; collectives?: number; individuals?: number }[];
  levels?: { issuingLevel: string; collectives?: number; individuals?: number }[];
  collectives?: number; individuals?: number;
  timeliness?: { decided?: number; medianDays?: number; meanDays?: number; maxDays?: number; decidedLate?: number; overdue?: number; overdueAfterDays?: number };
}

const NEW_NOMINATION = { kind: 'MODEL', issuingLevel: 'PROVINCIAL_POLICE', form: 'GIAY_KHEN' };
const NOMINATION_FIELDS = ['kind', 'type', 'link', 'model', 'group', 'person', 'displayName', 'unit', 'form', 'issuingLevel', 'periodStart', 'periodEnd', 'citation'];

const recipientName = (r: Recipient | undefined) => r?.displayName || lastId(r?.model ?? r?.group ?? r?.person);

/** The form names the service offers for the province, the code itself when the list has not come yet. */
function formName(forms: Forms | undefined, code: string): string {
  return forms?.awardForms?.find((f) => f.code === code)?.displayName ?? code;
}

export class AwardsView implements View {
  private filter: Form;
  private choose: Form;
  private nominations = new Loadable<{ nominations?: Nomination[]; totalSize?: number }>();
  private forms = new Loadable<Forms>();
  private summary = new Loadable<AwardSummary>();
  private nominate: Form;
  private year: number;
  private readonly base: string;

  constructor(private readonly ctx: Context) {
    this.base = `/api/v1/provinces/${ctx.province}`;
    this.year = Number(ctx.query.get('year')) || new Date().getFullYear();
    this.filter = new Form('award-filter', ctx.rerender, { state: '', overdueOnly: '' });
    this.choose = new Form('award-year', ctx.rerender, { year: String(this.year) });
    this.choose.values.year = String(this.year); // the address wins over a kept draft
    this.nominate = new Form('award-nomination', ctx.rerender, NEW_NOMINATION);
    void this.forms.load(() => get(`${this.base}/awardForms`), ctx.rerender);
    this.loadNominations();
    this.loadSummary();
  }

  private loadNominations(): void {
    void this.nominations.load(() => get(`${this.base}/awardNominations` + query({
      state: this.filter.value('state'), overdueOnly: this.filter.value('overdueOnly') === 'true' ? 'true' : undefined, pageSize: 200,
    })), this.ctx.rerender);
  }

  private loadSummary(chosen = false): void {
    this.year = Number(this.choose.value('year').trim()) || this.year;
    if (chosen) {
      history.replaceState(null, '', `/awards?year=${this.year}`); // a reload shows the same year
    }
    void this.summary.load(() => get(`${this.base}/awardSummary` + query(yearRange(this.year))), this.ctx.rerender);
  }

  private submit(event: Event): void {
    event.preventDefault();
    const f = this.nominate;
    const periodStart = dateField(f, 'periodStart');
    const periodEnd = dateField(f, 'periodEnd');
    const kind = f.value('kind') as RecipientKind;
    void f.submit(() => post<Nomination>(`${this.base}/awardNominations` + query({ requestId: requestId() }), {
      recipient: recipientOf(kind, { link: f.value('link'), displayName: f.value('displayName'), unit: f.value('unit') }),
      form: f.value('form'), issuingLevel: f.value('issuingLevel'),
      achievement: { periodStart, periodEnd, citation: f.value('citation') },
    }), (created) => {
      f.reset(NEW_NOMINATION);
      f.message = t('common.saved');
      this.ctx.navigate(`/awards/${lastId(created.name)}`);
    });
  }

  private exportUrl(format: 'CSV' | 'XLSX'): string {
    return `${this.base}/awardSummary:export` + query({ format, ...yearRange(this.year) });
  }

  render() {
    const f = this.nominate;
    const kind = f.value('kind') as RecipientKind;
    const forms = this.forms.value;
    return html`
      <h1>${t('awards.title')}</h1>
      <h2>${t('awards.nominations')}</h2>
      <form class="search" @submit=${(e: Event) => { e.preventDefault(); this.loadNominations(); }}>
        ${this.filter.field('state', t('common.status'), { type: 'select', options: [{ value: '', label: t('awards.anyState') },
          ...NOMINATION_STATES.map((s) => ({ value: s, label: label('nominationState', s) }))] })}
        ${this.filter.field('overdueOnly', t('awards.overdueOnly'), { type: 'select', options: [{ value: '', label: t('awards.all') }, { value: 'true', label: t('awards.overdue') }] })}
        <button type="submit">${t('common.load')}</button>
      </form>
      ${this.nominations.show((r) => html`${empty(r.nominations)}
        ${(r.totalSize ?? 0) > (r.nominations?.length ?? 0) ? html`<p class="note">${t('awards.shown', { shown: num(r.nominations?.length ?? 0), total: num(r.totalSize) })}</p>` : nothing}
        ${r.nominations?.length ? html`<div class="table-wrap"><table data-testid="nominations-table">
          <thead><tr><th scope="col">${t('awards.recipient')}</th><th scope="col">${t('awards.form')}</th><th scope="col">${t('awards.issuingLevel')}</th>
            <th scope="col">${t('common.status')}</th><th scope="col">${t('awards.verification')}</th><th scope="col" class="num">${t('awards.days')}</th></tr></thead>
          <tbody>${r.nominations.map((n) => html`<tr>
            <td><a href=${`/awards/${lastId(n.name)}`}>${recipientName(n.recipient)}</a> <small>${label('recipientKind', recipientKind(n.recipient))}</small></td>
            <td>${formName(forms, n.form)}</td><td>${label('issuingLevel', n.issuingLevel)}</td><td>${label('nominationState', n.state)}</td>
            <td>${label('verification', n.recipient?.verification)}</td>
            <td class="num">${num(daysWaiting(n.achievement?.periodEnd, n.daysToDecision))}${n.overdue ? html` <strong class="overdue">${t('awards.overdue')}</strong>` : nothing}</td>
          </tr>`)}</tbody>
        </table></div>` : nothing}`)}
      <section class="card" aria-labelledby="nominate-title">
        <h2 id="nominate-title">${t('awards.nominate')}</h2>
        <form novalidate @submit=${(e: Event) => this.submit(e)}>
          ${f.status(NOMINATION_FIELDS)}
          <div class="grid">
            ${f.field('kind', t('awards.recipientKind'), { type: 'select', required: true, errorField: 'type', options: RECIPIENT_KINDS.map((k) => ({ value: k, label: label('recipientKind', k) })) })}
            ${isLinked(kind) ? f.field('link', t(`awards.link.${kind}`), { required: true, hint: t(`awards.linkHint.${kind}`), errorField: kind === 'MODEL' ? 'model' : kind === 'GROUP' ? 'group' : 'person' }) : nothing}
            ${f.field('displayName', t('common.name'), { required: !isLinked(kind) })}
            ${kind === 'PERSON' ? f.field('unit', t('awards.unit'), { required: true }) : nothing}
            ${f.field('form', t('awards.form'), { type: 'select', required: true, options: (forms?.awardForms ?? [{ code: f.value('form'), displayName: f.value('form') }]).map((x) => ({ value: x.code, label: x.displayName })) })}
            ${f.field('issuingLevel', t('awards.issuingLevel'), { type: 'select', required: true, options: ISSUING_LEVELS.map((v) => ({ value: v, label: label('issuingLevel', v) })) })}
            ${f.field('periodStart', t('awards.periodStart'), { type: 'date', required: true })}
            ${f.field('periodEnd', t('awards.periodEnd'), { type: 'date', required: true })}
          </div>
          ${f.field('citation', t('awards.citation'), { type: 'textarea', required: true })}
          ${submitButton('common.create', f.busy)}
        </form>
      </section>
      <h2>${t('awards.summary')}</h2>
      <form class="search" @submit=${(e: Event) => { e.preventDefault(); this.loadSummary(true); }}>
        ${this.choose.field('year', t('common.year'), { required: true, type: 'number' })}
        <button type="submit">${t('common.load')}</button>
      </form>
      ${this.summary.show((s) => html`
        <div class="figures">
          ${figure('awards.collectives', s.collectives ?? 0, 'awards-collectives')}
          ${figure('awards.individuals', s.individuals ?? 0, 'awards-individuals')}
          ${figure('awards.medianDays', s.timeliness?.medianDays ?? 0, 'awards-median')}
          ${figure('awards.overdueCount', s.timeliness?.overdue ?? 0, 'awards-overdue')}
        </div>
        ${empty(s.counts)}
        ${s.counts?.length ? html`<div class="table-wrap"><table data-testid="award-summary">
          <thead><tr><th scope="col">${t('awards.issuingLevel')}</th><th scope="col">${t('awards.form')}</th>
            <th scope="col" class="num">${t('awards.collectives')}</th><th scope="col" class="num">${t('awards.individuals')}</th></tr></thead>
          <tbody>${s.counts.map((c) => html`<tr><td>${label('issuingLevel', c.issuingLevel)}</td><td>${c.formDisplayName || formName(forms, c.form)}</td>
            <td class="num">${num(c.collectives ?? 0)}</td><td class="num">${num(c.individuals ?? 0)}</td></tr>`)}</tbody>
          <tfoot>${(s.levels ?? []).map((l) => html`<tr data-level=${l.issuingLevel}><th scope="row" colspan="2">${t('awards.levelTotal', { level: label('issuingLevel', l.issuingLevel) })}</th>
            <td class="num" data-testid="level-collectives">${num(l.collectives ?? 0)}</td><td class="num" data-testid="level-individuals">${num(l.individuals ?? 0)}</td></tr>`)}</tfoot>
        </table></div>` : nothing}
        <p>${t('awards.download')}: <a data-testid="export-csv" href=${this.exportUrl('CSV')} download>CSV</a> ·
          <a data-testid="export-xlsx" href=${this.exportUrl('XLSX')} download>XLSX</a></p>`)}`;
  }
}

export class NominationView implements View {
  private nomination = new Loadable<Nomination>();
  private events = new Loadable<{ events?: NominationEvent[] }>();
  private review: Form;
  private decision: Form;
  private issue: Form;
  private action: Form;
  private readonly name: string;

  constructor(private readonly ctx: Context) {
    this.name = `provinces/${ctx.province}/awardNominations/${ctx.params.nomination}`;
    this.review = new Form(`award-review-${ctx.params.nomination}`, ctx.rerender);
    this.decision = new Form(`award-decision-${ctx.params.nomination}`, ctx.rerender);
    this.issue = new Form(`award-issue-${ctx.params.nomination}`, ctx.rerender);
    this.action = new Form(`award-action-${ctx.params.nomination}`, ctx.rerender);
    this.load();
  }

  private load(): void {
    void this.nomination.load(() => get(`/api/v1/${this.name}`), this.ctx.rerender).then(() => {
      const n = this.nomination.value;
      if (n && !this.decision.value('issuingLevel')) {
        this.decision.values.issuingLevel = n.issuingLevel; // the decision's level is usually the nominated one
        this.ctx.rerender();
      }
    });
    void this.events.load(() => get(`/api/v1/${this.name}/events`), this.ctx.rerender);
  }

  private done(form: Form): () => void {
    return () => {
      form.reset();
      form.message = t('common.saved');
      this.load();
    };
  }

  private submitReview(event: Event, approve: boolean): void {
    event.preventDefault();
    const f = this.review;
    void f.submit(() => post<Nomination>(`/api/v1/${this.name}:review`, { approve, reason: f.value('reason') || undefined }), this.done(f));
  }

  private verify(): void {
    void this.action.submit(() => post<Nomination>(`/api/v1/${this.name}:verify`, {}), this.done(this.action));
  }

  private submitDecision(event: Event): void {
    event.preventDefault();
    const f = this.decision;
    const decisionDate = dateField(f, 'decisionDate');
    void f.submit(() => post(`/api/v1/provinces/${this.ctx.province}/awardDecisions` + query({ requestId: requestId() }), {
      number: f.value('number'), decisionDate, signer: f.value('signer'), issuingLevel: f.value('issuingLevel'),
      documentReference: f.value('documentReference') || undefined, nominations: [this.name],
    }), this.done(f));
  }

  private submitIssue(event: Event): void {
    event.preventDefault();
    const f = this.issue;
    const issueDate = dateField(f, 'issueDate');
    void f.submit(() => post<Nomination>(`/api/v1/${this.name}:issue`, { issueDate }), this.done(f));
  }

  render() {
    const admin = isProvinceAdmin(this.ctx.session);
    return html`
      <p><a href="/awards">${t('common.back')}</a></p>
      ${this.nomination.show((n) => {
        const steps = stepsFor(n.state, n.recipient?.verification, admin);
        return html`
        <h1>${recipientName(n.recipient)}</h1>
        <dl class="facts">
          <dt>${t('awards.recipientKind')}</dt><dd>${label('recipientKind', recipientKind(n.recipient))}${n.recipient?.unit ? ` · ${n.recipient.unit}` : ''}</dd>
          <dt>${t('awards.form')}</dt><dd>${n.form}</dd>
          <dt>${t('awards.issuingLevel')}</dt><dd>${label('issuingLevel', n.issuingLevel)}</dd>
          <dt>${t('common.status')}</dt><dd data-testid="nomination-state">${label('nominationState', n.state)}${n.reviewReason ? ` · ${n.reviewReason}` : ''}</dd>
          <dt>${t('awards.verification')}</dt><dd>${label('verification', n.recipient?.verification)}</dd>
          <dt>${t('awards.period')}</dt><dd>${formatDate(n.achievement?.periodStart)} – ${formatDate(n.achievement?.periodEnd)}</dd>
          <dt>${t('awards.citation')}</dt><dd>${n.achievement?.citation ?? ''}</dd>
          <dt>${t('awards.days')}</dt><dd>${num(daysWaiting(n.achievement?.periodEnd, n.daysToDecision))}${n.overdue ? ` · ${t('awards.overdue')}` : ''}</dd>
          ${n.issueDate ? html`<dt>${t('awards.issueDate')}</dt><dd>${formatDate(n.issueDate)}</dd>` : nothing}
        </dl>
        ${this.action.status([])}
        ${steps.includes('verify') ? html`<button type="button" ?disabled=${this.action.busy} @click=${() => this.verify()}>${t('awards.verify')}</button>` : nothing}
        ${steps.includes('review') ? html`<section class="card" aria-labelledby="review-title"><h2 id="review-title">${t('awards.review')}</h2>
          <form novalidate @submit=${(e: Event) => this.submitReview(e, true)}>
            ${this.review.status(['reason'])}
            ${this.review.field('reason', t('awards.reason'), { type: 'textarea', hint: t('awards.reasonHint') })}
            ${submitButton('awards.approve', this.review.busy)}
            <button type="button" ?disabled=${this.review.busy} @click=${(e: Event) => this.submitReview(e, false)}>${t('awards.reject')}</button>
          </form></section>` : nothing}
        ${steps.includes('decide') ? html`<section class="card" aria-labelledby="decision-title"><h2 id="decision-title">${t('awards.decision')}</h2>
          <form novalidate @submit=${(e: Event) => this.submitDecision(e)}>
            ${this.decision.status(['number', 'decisionDate', 'signer', 'issuingLevel', 'documentReference'])}
            <div class="grid">
              ${this.decision.field('number', t('awards.number'), { required: true, hint: '15/QĐ-CAT' })}
              ${this.decision.field('decisionDate', t('awards.decisionDate'), { type: 'date', required: true })}
              ${this.decision.field('signer', t('awards.signer'), { required: true })}
              ${this.decision.field('issuingLevel', t('awards.issuingLevel'), { type: 'select', required: true, options: ISSUING_LEVELS.map((v) => ({ value: v, label: label('issuingLevel', v) })) })}
              ${this.decision.field('documentReference', t('awards.documentReference'))}
            </div>
            ${submitButton('common.save', this.decision.busy)}
          </form></section>` : nothing}
        ${steps.includes('issue') ? html`<section class="card" aria-labelledby="issue-title"><h2 id="issue-title">${t('awards.issue')}</h2>
          <form novalidate @submit=${(e: Event) => this.submitIssue(e)}>
            ${this.issue.status(['issueDate'])}
            ${this.issue.field('issueDate', t('awards.issueDate'), { type: 'date', required: true })}
            ${submitButton('common.save', this.issue.busy)}
          </form></section>` : nothing}`;
      })}
      <h2>${t('awards.history')}</h2>
      ${this.events.show((e) => html`${empty(e.events)}
        <ul data-testid="nomination-events">${(e.events ?? []).map((ev) => html`<li>${formatDate(ev.eventTime)} · ${label('awardAction', ev.action)}
          ${ev.fromState && ev.fromState !== 'NOMINATION_STATE_UNSPECIFIED' ? `${label('nominationState', ev.fromState)} → ` : ''}${label('nominationState', ev.toState)}
          · ${ev.subject ?? ''}${ev.detail ? ` · ${ev.detail}` : ''}</li>`)}</ul>`)}`;
  }
}
