// Boot: find out who is logged in (or send the browser to login), then open the console.
import { html, render } from 'lit';
import { whenSessionExpires } from './api';
import { App, loadSession, login, type Route, type Section } from './app';
import { locale, setLocale, t } from './i18n';
import { AwardsView, NominationView } from './views/awards';
import { DashboardView } from './views/dashboard';
import { ImportView, MembersView } from './views/members';
import { ModelsView, ModelView, PointView } from './views/models';
import { AwardTimelinessView, CatalogueView, NationalView, ReviewsView } from './views/national';
import { PeriodsView } from './views/periods';
import { WelfareView } from './views/welfare';
import './style.css';

/** The navigation. */
const sections: Section[] = [
  { label: 'nav.dashboard', path: '/', audience: 'province' },
  { label: 'nav.models', path: '/models', audience: 'province' },
  { label: 'nav.members', path: '/members', audience: 'province' },
  { label: 'nav.periods', path: '/periods', audience: 'province' },
  { label: 'nav.welfare', path: '/welfare', audience: 'province' },
  { label: 'nav.awards', path: '/awards', audience: 'province' },
  { label: 'nav.national', path: '/national', audience: 'ministry' },
  { label: 'nav.catalogue', path: '/national/catalogue', audience: 'ministry' },
  { label: 'nav.reviews', path: '/national/reviews', audience: 'ministry' },
  { label: 'nav.nationalAwards', path: '/national/awards', audience: 'ministry' },
];

const routes: Route[] = [
  { path: '/', audience: 'province', create: (ctx) => new DashboardView(ctx) },
  { path: '/models', audience: 'province', create: (ctx) => new ModelsView(ctx) },
  { path: '/models/:model', audience: 'province', create: (ctx) => new ModelView(ctx) },
  { path: '/models/:model/points/:point', audience: 'province', create: (ctx) => new PointView(ctx) },
  { path: '/members', audience: 'province', create: (ctx) => new MembersView(ctx) },
  { path: '/members/import', audience: 'province', create: (ctx) => new ImportView(ctx) },
  { path: '/periods', audience: 'province', create: (ctx) => new PeriodsView(ctx) },
  { path: '/welfare', audience: 'province', create: (ctx) => new WelfareView(ctx) },
  { path: '/awards', audience: 'province', create: (ctx) => new AwardsView(ctx) },
  { path: '/awards/:nomination', audience: 'province', create: (ctx) => new NominationView(ctx) },
  { path: '/', audience: 'ministry', create: (ctx) => new NationalView(ctx) },
  { path: '/national', audience: 'ministry', create: (ctx) => new NationalView(ctx) },
  { path: '/national/catalogue', audience: 'ministry', create: (ctx) => new CatalogueView(ctx) },
  { path: '/national/reviews', audience: 'ministry', create: (ctx) => new ReviewsView(ctx) },
  { path: '/national/awards', audience: 'ministry', create: (ctx) => new AwardTimelinessView(ctx) },
];

async function boot(): Promise<void> {
  const root = document.getElementById('app')!;
  root.replaceChildren(); // the static "loading" placeholder of index.html
  setLocale(locale());
  document.title = `ANTQ · ${t('app.title')}`;
  // An expired session mid-work: forms are already in their sessionStorage drafts; log in and come back.
  whenSessionExpires(login);
  if (new URLSearchParams(location.search).has('loginError')) {
    render(html`<main class="login"><h1>${t('app.title')}</h1><p class="alert" role="alert">${t('app.loginError')}</p>
      <button @click=${login}>${t('app.login')}</button></main>`, root);
    return;
  }
  try {
    const session = await loadSession();
    new App(root, session, sections, routes).start();
  } catch {
    // loadSession's 401 already started the login; anything else leaves the login button.
    render(html`<main class="login"><h1>${t('app.title')}</h1><button @click=${login}>${t('app.login')}</button></main>`, root);
  }
}

void boot();
