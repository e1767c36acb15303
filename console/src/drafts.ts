// Half-filled forms survive a session that expired: they are kept in sessionStorage (this tab only,
// gone when it closes) while the user logs in again, then put back.

const PREFIX = 'antq.draft.';

export type Draft = Record<string, string>;

export function saveDraft(formId: string, values: Draft): void {
  sessionStorage.setItem(PREFIX + formId, JSON.stringify(values));
}

export function loadDraft(formId: string): Draft | undefined {
  const text = sessionStorage.getItem(PREFIX + formId);
  return text ? (JSON.parse(text) as Draft) : undefined;
}

export function clearDraft(formId: string): void {
  sessionStorage.removeItem(PREFIX + formId);
}
