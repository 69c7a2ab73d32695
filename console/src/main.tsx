import { render } from 'preact';
import { Provider as UrqlProvider } from '@urql/preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { Link, Redirect, Route, Router, Switch, useLocation } from 'wouter-preact';
import { createApiClient } from './api';
import { logout, refresh, useSession } from './auth';
import { LangContext, defineDict, useLang, useLangState, useT } from './i18n';
import { Login } from './pages/Login';
import { Placeholder } from './pages/Placeholder';
import { ROUTES, type ConsoleRoute } from './routes';
import './styles.css';

const dict = defineDict({
  ko: {
    skip: '본문으로 건너뛰기',
    title: '돌봄 허브 편집 콘솔',
    nav: '주 메뉴',
    soon: '준비 중',
    signOut: '로그아웃',
    language: '언어',
    checking: '로그인 상태를 확인하는 중…',
    forbidden: '이 콘솔은 편집자(EDITOR), 관리자(ADMIN)와 복지 사전관리 담당 기관만 쓸 수 있습니다.',
    notFound: '없는 화면입니다.',
    signedInAs: '{email} ({role})',
  },
  en: {
    skip: 'Skip to main content',
    title: 'Dolbom Hub editors’ console',
    nav: 'Main menu',
    soon: 'coming soon',
    signOut: 'Sign out',
    language: 'Language',
    checking: 'Checking your sign-in…',
    forbidden: 'This console is for editors (EDITOR), administrators (ADMIN) and the welfare pre-screening organisations only.',
    notFound: 'No such screen.',
    signedInAs: '{email} ({role})',
  },
});

function LangToggle() {
  const { lang, setLang } = useLang();
  const t = useT(dict);
  return (
    <div class="lang" role="group" aria-label={t('language')}>
      <button type="button" aria-pressed={lang === 'ko'} lang="ko" onClick={() => setLang('ko')}>한국어</button>
      <button type="button" aria-pressed={lang === 'en'} lang="en" onClick={() => setLang('en')}>English</button>
    </div>
  );
}

function allowed(route: ConsoleRoute, role: string): boolean {
  return route.roles ? route.roles.includes(role) : role === 'EDITOR' || role === 'ADMIN';
}

function Shell() {
  const session = useSession();
  const t = useT(dict);
  const { lang } = useLang();
  const [location] = useLocation();
  const [checked, setChecked] = useState(session !== null);
  // A reload forgets the in-memory token: ask /auth/refresh (the cookie) once before showing the sign-in form.
  useEffect(() => {
    if (!checked) void refresh().finally(() => setChecked(true));
  }, []);
  const client = useMemo(() => createApiClient(), [session?.principal.sub]);
  // Move focus to the page heading on navigation, so screen-reader users hear the new page.
  useEffect(() => {
    document.querySelector<HTMLElement>('main h1')?.focus();
  }, [location, session?.principal.sub]);

  const header = (
    <header class="top">
      <a class="skip" href="#main">{t('skip')}</a>
      <p class="brand">{t('title')}</p>
      <LangToggle />
      {session && (
        <div class="who">
          <span>{t('signedInAs', { email: session.principal.email ?? session.principal.sub, role: session.principal.role })}</span>
          <button type="button" onClick={() => void logout()}>{t('signOut')}</button>
        </div>
      )}
    </header>
  );

  if (!checked) {
    return (
      <>
        {header}
        <main id="main" tabIndex={-1}><p role="status">{t('checking')}</p></main>
      </>
    );
  }
  if (!session) {
    return (
      <>
        {header}
        <main id="main" tabIndex={-1}><Login /></main>
      </>
    );
  }
  const role = session.principal.role;
  const routes = ROUTES.filter((route) => allowed(route, role));
  // Anyone with a screen of their own gets in (editors, ADMIN, the welfare roles); a parent or centre account does not.
  if (!routes.some((route) => !route.hidden)) {
    return (
      <>
        {header}
        <main id="main" tabIndex={-1}>
          <h1 tabIndex={-1}>{t('title')}</h1>
          <p role="alert">{t('forbidden')}</p>
        </main>
      </>
    );
  }
  const home = routes.find((route) => !route.hidden && !route.soon)?.path ?? '/records';
  // The current page is the navigation entry with the longest path the location is under
  // (/welfare/register is "대상자 추천 등록", not also "복지사업 사전관리"; /records/:id is "기록").
  const current = routes
    .filter((r) => !r.hidden && !r.soon && (location === r.path || location.startsWith(`${r.path}/`)))
    .reduce<string | null>((best, r) => (best === null || r.path.length > best.length ? r.path : best), null);
  return (
    <UrqlProvider value={client}>
      {header}
      <div class="layout">
        <nav aria-label={t('nav')}>
          <ul>
            {routes.filter((r) => !r.hidden).map((route) => (
              <li key={route.path}>
                {route.soon ? (
                  <Link href={route.path} aria-current={location === route.path ? 'page' : undefined}>
                    {lang === 'en' ? route.en : route.ko} <span class="badge">{t('soon')}</span>
                  </Link>
                ) : (
                  <Link href={route.path} aria-current={route.path === current ? 'page' : undefined}>
                    {lang === 'en' ? route.en : route.ko}
                  </Link>
                )}
              </li>
            ))}
          </ul>
        </nav>
        <main id="main" tabIndex={-1}>
          <Switch>
            <Route path="/"><Redirect to={home} replace /></Route>
            {routes.map((route) => (
              <Route key={route.path} path={route.path}>
                {(params: Record<string, string | undefined>) =>
                  route.page ? <route.page params={params} /> : <Placeholder title={lang === 'en' ? route.en : route.ko} issue={route.soon ?? ''} />
                }
              </Route>
            ))}
            <Route>
              <h1 tabIndex={-1}>{t('notFound')}</h1>
            </Route>
          </Switch>
        </main>
      </div>
    </UrqlProvider>
  );
}

function App() {
  const langState = useLangState();
  return (
    <LangContext.Provider value={langState}>
      <Router base="/console">
        <Shell />
      </Router>
    </LangContext.Provider>
  );
}

render(<App />, document.getElementById('app')!);
