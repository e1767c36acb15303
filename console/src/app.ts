// The console's shell: who is logged in, the sections they may open, the router.
import { html, nothing, render, type TemplateResult } from 'lit';
import { get } from './api';
import { locale, setLocale, t } from './i18n';

export interface Session {
  subject: string;
  displayName: string;
  province?: string;
  provinceName?: string;
  roles: string[];
}

export interface Context {
  session: Session;
  /** The caller's province slug (province screens only). */
  province: string;
  params: Record<string, string>;
  query: URLSearchParams;
  rerender(): void;
  navigate(path: string): void;
}

export interface View {
  render(): TemplateResult;
}

export type Audience = 'province' | 'ministry';

/** A section of the navigation. One more section (e.g. awards) is one more entry and its routes. */
export interface Section {
  label: string;
  path: string;
  audience: Audience;
  /** Roles that see the section; any role of the audience when unset. */
  roles?: string[];
}

export interface Route {
  path: string;
  audience: Audience;
  create(ctx: Context): View;
}

const MINISTRY_ROLES = ['MINISTRY_ANALYST', 'MINISTRY_ADMIN'];
const RETURN_KEY = 'antq.returnTo';

export function audienceOf(session: Session): Audience | undefined {
  if (session.province) {
    return 'province';
  }
  return session.roles.some((r) => MINISTRY_ROLES.includes(r)) ? 'ministry' : undefined;
}

export function isProvinceAdmin(session: Session): boolean {
  return session.roles.includes('PROVINCE_ADMIN');
}

/** "/models/:model" against "/models/abc" → {model: "abc"}; undefined when it does not match. */
export function matchPath(pattern: string, path: string): Record<string, string> | undefined {
  const want = pattern.split('/').filter(Boolean);
  const have = path.split('/').filter(Boolean);
  if (want.length !== have.length) {
    return undefined;
  }
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    if (want[i].startsWith(':')) {
      params[want[i].substring(1)] = decodeURIComponent(have[i]);
    } else if (want[i] !== have[i]) {
      return undefined;
    }
  }
  return params;
}

/** Sends the browser to identity's login, remembering where the user was (drafts are already in sessionStorage). */
export function login(): void {
  sessionStorage.setItem(RETURN_KEY, location.pathname + location.search);
  location.assign('/oauth2/authorization/antq');
}

function logout(): void {
  const token = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='))?.substring('XSRF-TOKEN='.length);
  const form = document.createElement('form');
  form.method = 'post';
  form.action = '/logout';
  const csrf = document.createElement('input');
  csrf.type = 'hidden';
  csrf.name = '_csrf';
  csrf.value = token ? decodeURIComponent(token) : '';
  form.appendChild(csrf);
  document.body.appendChild(form);
  form.submit();
}

export class App {
  private view?: View;
  private menuOpen = false;

  constructor(
    private readonly root: HTMLElement,
    private readonly session: Session,
    private readonly sections: Section[],
    private readonly routes: Route[],
  ) {
    window.addEventListener('popstate', () => this.open());
    document.addEventListener('click', (event) => this.followLink(event));
  }

  start(): void {
    const back = sessionStorage.getItem(RETURN_KEY);
    sessionStorage.removeItem(RETURN_KEY);
    if (back && back !== location.pathname + location.search) {
      history.replaceState(null, '', back);
    }
    this.open();
  }

  navigate(path: string): void {
    history.pushState(null, '', path);
    this.menuOpen = false;
    this.open();
  }

  rerender(): void {
    render(this.shell(), this.root);
  }

  private followLink(event: MouseEvent): void {
    const anchor = (event.target as HTMLElement).closest('a');
    if (!anchor || anchor.target || anchor.hasAttribute('download') || event.ctrlKey || event.metaKey || event.shiftKey) {
      return;
    }
    const url = new URL(anchor.href, location.href);
    if (url.origin === location.origin && this.routeFor(url.pathname)) {
      event.preventDefault();
      this.navigate(url.pathname + url.search);
    }
  }

  private routeFor(path: string): { route: Route; params: Record<string, string> } | undefined {
    const audience = audienceOf(this.session);
    for (const route of this.routes) {
      const params = matchPath(route.path, path);
      if (params && route.audience === audience) {
        return { route, params };
      }
    }
    return undefined;
  }

  private open(): void {
    const found = this.routeFor(location.pathname);
    const ctx: Context = {
      session: this.session,
      province: this.session.province ?? '',
      params: found?.params ?? {},
      query: new URLSearchParams(location.search),
      rerender: () => this.rerender(),
      navigate: (path) => this.navigate(path),
    };
    this.view = found?.route.create(ctx);
    this.rerender();
    document.getElementById('main')?.focus();
  }

  private visibleSections(): Section[] {
    const audience = audienceOf(this.session);
    return this.sections.filter((s) => s.audience === audience
      && (!s.roles || s.roles.some((r) => this.session.roles.includes(r))));
  }

  private shell(): TemplateResult {
    const sections = this.visibleSections();
    const here = location.pathname;
    const active = (s: Section) => (s.path === '/' || s.path === '/national' ? here === s.path : here.startsWith(s.path));
    return html`
      <a class="skip" href="#main">${t('app.skip')}</a>
      <header class="top">
        <button class="menu-toggle" aria-expanded=${this.menuOpen ? 'true' : 'false'} aria-controls="nav"
            @click=${() => { this.menuOpen = !this.menuOpen; this.rerender(); }}>☰ ${t('app.menu')}</button>
        <span class="brand">ANTQ · ${this.session.province ? this.session.provinceName ?? this.session.province : t('app.ministry')}</span>
        <span class="who" data-testid="user">${this.session.displayName}</span>
        <label class="lang">${t('app.language')}
          <select @change=${(e: Event) => { setLocale((e.target as HTMLSelectElement).value as 'vi' | 'en'); this.open(); }}>
            <option value="vi" ?selected=${locale() === 'vi'}>Tiếng Việt</option>
            <option value="en" ?selected=${locale() === 'en'}>English</option>
          </select>
        </label>
        <button class="logout" @click=${logout}>${t('app.logout')}</button>
      </header>
      <nav id="nav" class=${this.menuOpen ? 'open' : ''} aria-label=${t('app.menu')}>
        <ul>${sections.map((s) => html`<li><a href=${s.path} aria-current=${active(s) ? 'page' : nothing}>${t(s.label)}</a></li>`)}</ul>
      </nav>
      <main id="main" tabindex="-1">
        ${sections.length === 0 ? html`<p>${t('app.noAccess')}</p>` : this.view ? this.view.render() : html`<p>${t('app.notFound')}</p>`}
      </main>`;
  }
}

export async function loadSession(): Promise<Session> {
  return get<Session>('/api/v1/session');
}
