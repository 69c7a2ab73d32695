import { useEffect, useRef, useState } from 'preact/hooks';
import { login } from '../auth';
import { pickMessage, useLang, useT } from '../i18n';
import { loginDict } from './Login.i18n';

/** Sign-in with a local account (POST /auth/login), and the agency's identity provider when the hub has one. */
export function Login() {
  const t = useT(loginDict);
  const { lang } = useLang();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [oidc, setOidc] = useState<string | null>(null);
  const errorRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    void fetch('/auth/providers')
      .then((res) => (res.ok ? res.json() : null))
      .then((body: { oidc?: { name: string } | null } | null) => setOidc(body?.oidc?.name ?? null))
      .catch(() => undefined);
  }, []);
  useEffect(() => {
    if (error) errorRef.current?.focus();
  }, [error]);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!email || !password) {
      setError(t('required'));
      return;
    }
    setBusy(true);
    setError(null);
    const result = await login(email, password);
    setBusy(false);
    // Only the password is cleared: the editor retypes it, never the email.
    setPassword('');
    if ('error' in result) setError(pickMessage(lang, result.error));
  };

  return (
    <section class="login" aria-labelledby="login-heading">
      <h1 id="login-heading" tabIndex={-1}>{t('heading')}</h1>
      <p>{t('intro')}</p>
      <form onSubmit={submit} noValidate>
        <div class="field">
          <label for="login-email">{t('email')}</label>
          <input id="login-email" name="email" type="email" autoComplete="username" required value={email}
            aria-invalid={error ? true : undefined} aria-describedby={error ? 'login-error' : undefined}
            onInput={(e) => setEmail(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="login-password">{t('password')}</label>
          <input id="login-password" name="password" type="password" autoComplete="current-password" required value={password}
            aria-invalid={error ? true : undefined} aria-describedby={error ? 'login-error' : undefined}
            onInput={(e) => setPassword(e.currentTarget.value)} />
        </div>
        {error && <p id="login-error" class="error" role="alert" tabIndex={-1} ref={errorRef}>{error}</p>}
        <button type="submit" class="primary" disabled={busy}>{busy ? t('busy') : t('submit')}</button>
      </form>
      {oidc && <p><a class="button" href="/auth/oidc/start">{t('oidc', { name: oidc })}</a></p>}
    </section>
  );
}
