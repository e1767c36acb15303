// What the awards screens decide without the server: how a recipient kind becomes the API's recipient,
// how long a nomination has waited, which steps a role may take, and a year as the reports' date range.
import type { ApiDate } from './format';

/** The five kinds of recipient a nomination names; the API knows two types and which link is set. */
export const RECIPIENT_KINDS = ['MODEL', 'GROUP', 'AGENCY', 'MEMBER', 'PERSON'] as const;
export type RecipientKind = (typeof RECIPIENT_KINDS)[number];

export const ISSUING_LEVELS = ['FATHERLAND_FRONT_CENTRAL', 'MINISTRY', 'PROVINCIAL_COMMITTEE', 'PROVINCIAL_POLICE', 'DISTRICT'];
export const NOMINATION_STATES = ['NOMINATED', 'APPROVED', 'REJECTED', 'DECIDED', 'ISSUED'];

export interface Recipient {
  type: 'COLLECTIVE' | 'INDIVIDUAL';
  model?: string;
  group?: string;
  person?: string;
  displayName?: string;
  unit?: string;
  verification?: string;
}

/** The request's recipient for a kind; the link fields are resource names the owning service checks. */
export function recipientOf(kind: RecipientKind, values: { link?: string; displayName?: string; unit?: string }): Recipient {
  const link = values.link?.trim() || undefined;
  const displayName = values.displayName?.trim() || undefined;
  switch (kind) {
    case 'MODEL':
      return { type: 'COLLECTIVE', model: link, displayName };
    case 'GROUP':
      return { type: 'COLLECTIVE', group: link, displayName };
    case 'AGENCY':
      return { type: 'COLLECTIVE', displayName };
    case 'MEMBER':
      return { type: 'INDIVIDUAL', person: link, displayName };
    case 'PERSON':
      return { type: 'INDIVIDUAL', displayName, unit: values.unit?.trim() || undefined };
  }
}

/** The kind of a stored recipient (the reverse of recipientOf). */
export function recipientKind(recipient: Recipient | undefined): RecipientKind | undefined {
  if (!recipient) {
    return undefined;
  }
  if (recipient.type === 'COLLECTIVE') {
    return recipient.model ? 'MODEL' : recipient.group ? 'GROUP' : 'AGENCY';
  }
  return recipient.person ? 'MEMBER' : 'PERSON';
}

/** Whether a kind links to a record of another service (and so needs its resource name). */
export const isLinked = (kind: RecipientKind) => kind === 'MODEL' || kind === 'GROUP' || kind === 'MEMBER';

const dayNumber = (d: ApiDate) => Date.UTC(d.year, d.month - 1, d.day) / 86_400_000;

/**
 * Days a nomination took or has taken so far: from the end of its achievement period to its decision
 * (the server's daysToDecision, -1 or missing before one) or, still waiting, to today.
 */
export function daysWaiting(periodEnd: ApiDate | undefined, daysToDecision: number | undefined, today: Date = new Date()): number | undefined {
  if (daysToDecision !== undefined && daysToDecision >= 0) {
    return daysToDecision;
  }
  if (!periodEnd?.year) {
    return undefined;
  }
  return Math.max(0, Math.floor(dayNumber({ year: today.getFullYear(), month: today.getMonth() + 1, day: today.getDate() }) - dayNumber(periodEnd)));
}

export type NominationStep = 'review' | 'verify' | 'decide' | 'issue';

/**
 * The steps offered for a nomination: review and decision are the province administrator's (the
 * server's PROVINCE_ADMIN rule), verification and issue any province user's who may write.
 */
export function stepsFor(state: string | undefined, verification: string | undefined, admin: boolean): NominationStep[] {
  const steps: NominationStep[] = [];
  const waiting = state === 'NOMINATED' || state === 'APPROVED';
  if (waiting && verification !== 'VERIFIED' && verification !== 'NOT_LINKED') {
    steps.push('verify');
  }
  if (admin && state === 'NOMINATED') {
    steps.push('review');
  }
  if (admin && state === 'APPROVED') {
    steps.push('decide');
  }
  if (state === 'DECIDED') {
    steps.push('issue');
  }
  return steps;
}

/** A calendar year as the reports' startDate/endDate query parameters. */
export function yearRange(year: number): Record<string, number> {
  return {
    'startDate.year': year, 'startDate.month': 1, 'startDate.day': 1,
    'endDate.year': year, 'endDate.month': 12, 'endDate.day': 31,
  };
}
