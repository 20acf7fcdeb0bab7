/**
 * The device verification page of the team relay, `GET /auth/verify?code=XXXX-XXXX` (reference
 * auth.md §5, gaps.md U2): a TRCR user signs in (email + password through `POST /api/v1/auth/login`,
 * the access token kept in sessionStorage), checks the code `teamrc login` printed, consents, and the
 * page posts `{user_code}` to `POST /auth/verify` with that token as Bearer.
 *
 * Self-contained: inline CSS and JS, no external resources. The inline blocks are constant (the code
 * travels in an escaped attribute, never in the script), so the page carries a hash-based
 * Content-Security-Policy in a <meta> tag; `VERIFY_PAGE_HEADERS` gives the same policy (plus what a
 * <meta> cannot express) for the HTTP response.
 */
import { createHash } from 'node:crypto';

const STYLE = `
:root { color-scheme: light dark; --fg: #1b1f24; --muted: #57606a; --bg: #f6f8fa; --card: #fff; --line: #d0d7de;
  --accent: #1f6feb; --accent-fg: #fff; --ok: #1a7f37; --err: #cf222e; --warn-bg: #fff8c5; --warn-line: #d4a72c; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e6edf3; --muted: #8d96a0; --bg: #0d1117; --card: #161b22; --line: #30363d;
    --accent: #388bfd; --ok: #3fb950; --err: #f85149; --warn-bg: #2e2a1a; --warn-line: #9e6a03; }
}
* { box-sizing: border-box; }
body { margin: 0; min-height: 100vh; display: flex; align-items: flex-start; justify-content: center;
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); }
main { width: 100%; max-width: 28rem; margin: 4rem 1rem; padding: 2rem; background: var(--card);
  border: 1px solid var(--line); border-radius: 12px; }
h1 { font-size: 1.5rem; margin: 0 0 .5rem; }
h2 { font-size: 1.125rem; margin: 1.5rem 0 .75rem; }
p { margin: .5rem 0; }
.lead, .help { color: var(--muted); }
.help { font-size: .875rem; margin-top: .25rem; }
label { display: block; font-weight: 600; margin: .75rem 0 .25rem; }
input { width: 100%; padding: .6rem .75rem; font: inherit; color: inherit; background: transparent;
  border: 1px solid var(--line); border-radius: 6px; }
input:focus, button:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
#code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 1.25rem;
  letter-spacing: .15em; text-transform: uppercase; }
button { font: inherit; font-weight: 600; padding: .6rem 1.1rem; margin-top: 1rem; border-radius: 6px;
  border: 1px solid var(--accent); background: var(--accent); color: var(--accent-fg); cursor: pointer; }
button.secondary { background: transparent; color: var(--fg); border-color: var(--line); }
button.link { padding: 0; margin: 0; border: 0; background: none; color: var(--accent); font-weight: 400;
  text-decoration: underline; }
button[disabled] { opacity: .6; cursor: progress; }
.actions { display: flex; gap: .75rem; flex-wrap: wrap; }
.code-shown { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 1.5rem;
  letter-spacing: .15em; }
.warning { padding: .75rem 1rem; background: var(--warn-bg); border: 1px solid var(--warn-line); border-radius: 6px; }
.error { color: var(--err); }
.success { color: var(--ok); }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
[hidden] { display: none !important; }
`;

const SCRIPT = `
(function () {
  'use strict';
  var SESSION_KEY = 'teamrc.verify.session';
  var STEPS = ['step-sign-in', 'step-code', 'step-consent', 'step-result'];
  var memorySession = null;
  var codeToConfirm = null;

  function $(id) { return document.getElementById(id); }

  function readSession() {
    try {
      var raw = window.sessionStorage.getItem(SESSION_KEY);
      return raw ? JSON.parse(raw) : memorySession;
    } catch (e) { return memorySession; }
  }
  function saveSession(session) {
    memorySession = session;
    try {
      if (session) window.sessionStorage.setItem(SESSION_KEY, JSON.stringify(session));
      else window.sessionStorage.removeItem(SESSION_KEY);
    } catch (e) { /* storage unavailable: keep it in memory */ }
  }

  function show(step, focusId) {
    STEPS.forEach(function (id) { $(id).hidden = id !== step; });
    var target = focusId && $(focusId);
    if (target) target.focus();
  }
  function setMessage(id, text, kind) {
    var el = $(id);
    el.textContent = text || '';
    el.hidden = !text;
    if (kind !== undefined) el.className = kind;
  }
  function busy(buttonIds, on) {
    buttonIds.forEach(function (id) { $(id).disabled = on; });
  }

  /* Upper-case, keep A-Z and 0-9, dash after four: "abcd ef23" -> "ABCD-EF23"; null if not 8 characters. */
  function normalizeCode(value) {
    var plain = String(value || '').toUpperCase().replace(/[^A-Z0-9]/g, '');
    return plain.length === 8 ? plain.slice(0, 4) + '-' + plain.slice(4) : null;
  }

  /* Error text of a relay answer ({"error": "..."}) or a TRCR one ({"error": {"message": ...}}). */
  function errorText(data, fallback) {
    if (data && typeof data.error === 'string') return data.error;
    if (data && data.error && typeof data.error.message === 'string') return data.error.message;
    return fallback;
  }

  async function postJson(url, body, accessToken) {
    var headers = { 'content-type': 'application/json', accept: 'application/json' };
    if (accessToken) headers.authorization = 'Bearer ' + accessToken;
    var res = await fetch(url, {
      method: 'POST', headers: headers, body: JSON.stringify(body), credentials: 'omit', cache: 'no-store'
    });
    var text = await res.text();
    var data = null;
    try { data = text ? JSON.parse(text) : null; } catch (e) { data = null; }
    return { status: res.status, data: data };
  }

  function showCodeStep() {
    var session = readSession();
    $('account-email').textContent = session ? session.email : '';
    setMessage('code-error', '');
    show('step-code', 'code');
  }

  async function signIn(event) {
    event.preventDefault();
    var email = $('email').value.trim();
    var password = $('password').value;
    if (!email || !password) {
      setMessage('sign-in-error', 'Enter your email and password.');
      return;
    }
    setMessage('sign-in-error', '');
    busy(['sign-in'], true);
    try {
      var res = await postJson('/api/v1/auth/login', { email: email, password: password });
      if (res.status === 200 && res.data && res.data.access_token) {
        var user = res.data.user || {};
        saveSession({ accessToken: res.data.access_token, email: user.email || email });
        $('password').value = '';
        showCodeStep();
      } else {
        setMessage('sign-in-error', errorText(res.data, 'Sign-in failed (HTTP ' + res.status + ').'));
      }
    } catch (e) {
      setMessage('sign-in-error', 'Could not reach the server. Check your connection and try again.');
    } finally {
      busy(['sign-in'], false);
    }
  }

  function continueWithCode(event) {
    event.preventDefault();
    var code = normalizeCode($('code').value);
    if (!code) {
      setMessage('code-error', 'Enter the 8-character code shown in your terminal, like ABCD-EF23.');
      $('code').setAttribute('aria-invalid', 'true');
      return;
    }
    $('code').removeAttribute('aria-invalid');
    $('code').value = code;
    codeToConfirm = code;
    $('consent-code').textContent = code;
    show('step-consent', 'consent-title');
  }

  async function confirmCode() {
    var session = readSession();
    if (!session) { signOut('Please sign in again.'); return; }
    busy(['confirm', 'cancel'], true);
    try {
      var res = await postJson('/auth/verify', { user_code: codeToConfirm }, session.accessToken);
      if (res.status === 200 && res.data && res.data.status === 'confirmed') {
        setMessage('result', 'Device linked to ' + res.data.email + '. You can close this page and return to your terminal.', 'success');
        $('start-over').hidden = true;
        show('step-result', 'result');
      } else if (res.status === 401) {
        signOut('Your session has expired. Please sign in again.');
      } else {
        var reason = errorText(res.data, 'Confirmation failed (HTTP ' + res.status + ').');
        setMessage('result', res.status === 409 ? 'Failed to link account: ' + reason : reason, 'error');
        $('start-over').hidden = false;
        show('step-result', 'result');
      }
    } catch (e) {
      setMessage('result', 'Could not reach the server. Check your connection and try again.', 'error');
      $('start-over').hidden = false;
      show('step-result', 'result');
    } finally {
      busy(['confirm', 'cancel'], false);
    }
  }

  function cancel() {
    codeToConfirm = null;
    setMessage('result', 'Nothing was linked. If you did not run teamrc login yourself, you can close this page.', '');
    $('start-over').hidden = false;
    show('step-result', 'result');
  }

  function signOut(message) {
    saveSession(null);
    setMessage('sign-in-error', typeof message === 'string' ? message : '');
    show('step-sign-in', 'email');
  }

  document.addEventListener('DOMContentLoaded', function () {
    $('sign-in-form').addEventListener('submit', signIn);
    $('code-form').addEventListener('submit', continueWithCode);
    $('confirm').addEventListener('click', confirmCode);
    $('cancel').addEventListener('click', cancel);
    $('sign-out').addEventListener('click', function () { signOut(''); });
    $('start-over').addEventListener('click', showCodeStep);
    $('noscript-note').hidden = true;
    if (readSession()) showCodeStep();
    else show('step-sign-in');
  });
})();
`;

const cspHash = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The policy the page needs: its own inline style and script (by hash) and fetches to its origin. */
const DOCUMENT_CSP = [
  "default-src 'none'",
  `script-src ${cspHash(SCRIPT)}`,
  `style-src ${cspHash(STYLE)}`,
  "connect-src 'self'",
  "img-src 'self' data:",
  "form-action 'none'",
  "base-uri 'none'",
].join('; ');

/** Headers for the `GET /auth/verify` response (the CSP adds what a <meta> tag cannot: framing). */
export const VERIFY_PAGE_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy': `${DOCUMENT_CSP}; frame-ancestors 'none'`,
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'cache-control': 'no-store',
});

/** Longest `code` query value put back into the page (a user code is 9 characters). */
const MAX_CODE_LENGTH = 32;

/** HTML-escapes text for element content and double- or single-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** The full page; `code` (the `?code=` query value) prefills the code field. */
export function renderVerifyPage(opts: { code?: string } = {}): string {
  const code = escapeHtml((opts.code ?? '').slice(0, MAX_CODE_LENGTH));
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(DOCUMENT_CSP)}">
<meta name="referrer" content="no-referrer">
<meta name="robots" content="noindex">
<link rel="icon" href="data:,">
<title>Link your machine · teamrc</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>Link your machine</h1>
<p class="lead">Confirm the code that <code>teamrc login</code> printed in your terminal to link that machine to your account.</p>
<p id="noscript-note" class="error">This page needs JavaScript to sign you in and confirm the code.</p>

<section id="step-sign-in" aria-labelledby="sign-in-title" hidden>
<h2 id="sign-in-title" tabindex="-1">Sign in</h2>
<form id="sign-in-form" method="post" novalidate>
<label for="email">Email</label>
<input id="email" name="email" type="email" autocomplete="username" required>
<label for="password">Password</label>
<input id="password" name="password" type="password" autocomplete="current-password" required>
<button id="sign-in" type="submit">Sign in</button>
<p id="sign-in-error" class="error" role="alert" hidden></p>
</form>
</section>

<section id="step-code" aria-labelledby="code-title" hidden>
<h2 id="code-title" tabindex="-1">Enter the code</h2>
<p>Signed in as <strong id="account-email"></strong> · <button type="button" id="sign-out" class="link">Sign out</button></p>
<form id="code-form" method="post" novalidate>
<label for="code">Code from your terminal</label>
<input id="code" name="code" type="text" value="${code}" placeholder="XXXX-XXXX" maxlength="${MAX_CODE_LENGTH}" autocomplete="off" autocapitalize="characters" spellcheck="false" aria-describedby="code-help">
<p id="code-help" class="help">Eight letters and digits, like ABCD-EF23.</p>
<button id="continue" type="submit">Continue</button>
<p id="code-error" class="error" role="alert" hidden></p>
</form>
</section>

<section id="step-consent" aria-labelledby="consent-title" hidden>
<h2 id="consent-title" tabindex="-1">Confirm this device</h2>
<p>Code: <span id="consent-code" class="code-shown"></span></p>
<p class="warning" id="consent-warning">Only confirm if you just ran <code>teamrc login</code> on your machine and it shows this code. Confirming lets that machine act for your account.</p>
<div class="actions">
<button id="confirm" type="button" aria-describedby="consent-warning">Confirm</button>
<button id="cancel" type="button" class="secondary">Cancel</button>
</div>
</section>

<section id="step-result" aria-label="Result" hidden>
<p id="result" role="status" aria-live="polite" tabindex="-1"></p>
<button id="start-over" type="button" class="secondary" hidden>Enter another code</button>
</section>
</main>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
