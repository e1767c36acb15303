// Calls to the gateway's REST API with the session cookie (no token in the browser). Changes carry the
// CSRF token the gateway set as a cookie; a 401 means the session ended.

export interface FieldError {
  field: string;
  message: string;
}

/** An application/problem+json answer. */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
    readonly errors: FieldError[],
  ) {
    super(detail || title);
  }

  /** The error of a form field: its path in the request body, e.g. "displayName" for "model.displayName". */
  fieldError(field: string): string | undefined {
    return this.errors.find((e) => e.field === field || e.field.endsWith('.' + field))?.message;
  }

  /** Errors no field of the form shows. */
  otherErrors(fields: string[]): FieldError[] {
    return this.errors.filter((e) => !fields.some((f) => e.field === f || e.field.endsWith('.' + f)));
  }
}

/** The session is gone (expired or logged out elsewhere). */
export class SessionExpired extends Error {}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

let onSessionExpired: () => void = () => undefined;

/** What the console does when any call finds the session gone (keep drafts, go to login). */
export function whenSessionExpires(handler: () => void): void {
  onSessionExpired = handler;
}

function csrfToken(): string | undefined {
  const cookie = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : undefined;
}

export async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  const token = csrfToken();
  if (!SAFE.has(method) && token) {
    headers['X-XSRF-TOKEN'] = token;
  }
  const response = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status === 401) {
    onSessionExpired();
    throw new SessionExpired('session expired');
  }
  const text = await response.text();
  const json = text ? JSON.parse(text) : {};
  if (!response.ok) {
    throw new ApiProblem(response.status, json.title ?? String(response.status), json.detail ?? '', json.errors ?? []);
  }
  return json as T;
}

export const get = <T>(path: string) => api<T>('GET', path);
export const post = <T>(path: string, body: unknown) => api<T>('POST', path, body);
export const put = <T>(path: string, body: unknown) => api<T>('PUT', path, body);

/** Query string of the set parameters only. */
export function query(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') {
      search.set(key, String(value));
    }
  }
  const text = search.toString();
  return text ? '?' + text : '';
}

/** A new idempotency key: a retried create returns the first result instead of a duplicate. */
export function requestId(): string {
  return crypto.randomUUID();
}
