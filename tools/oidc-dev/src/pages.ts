// HTML of the pages this identity server shows to people: login, logout, errors. Plain strings on purpose (no
// template engine for four pages); every value that comes from a request or a configuration goes through escapeHtml.

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}

/** Shared by every page: readable without CSS, visible keyboard focus, enough contrast. */
const STYLE = `
  body { font-family: system-ui, sans-serif; line-height: 1.5; margin: 0; color: #161616; background: #f6f6f6; }
  main { max-width: 26rem; margin: 3rem auto; padding: 2rem; background: #fff; border: 1px solid #ddd; }
  h1 { font-size: 1.5rem; margin-top: 0; }
  .note { color: #3a3a3a; font-size: 0.9rem; }
  .champ { margin-bottom: 1rem; }
  label { display: block; font-weight: 600; margin-bottom: 0.25rem; }
  input { box-sizing: border-box; width: 100%; padding: 0.5rem; font: inherit; border: 1px solid #3a3a3a; }
  input[aria-invalid="true"] { border: 2px solid #ce0500; }
  button { font: inherit; padding: 0.5rem 1.5rem; color: #fff; background: #000091; border: 0; cursor: pointer; }
  :focus-visible { outline: 3px solid #0a76f6; outline-offset: 2px; }
  .erreur { color: #ce0500; font-weight: 600; border-left: 4px solid #ce0500; padding-left: 0.75rem; }
`;

interface LayoutOptions {
  title: string;
  body: string;
  /** Extra markup for <head> (the logout page's auto-submit script). */
  head?: string;
}

export function layout({ title, body, head = '' }: LayoutOptions): string {
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} – Guichet (identité de développement)</title>
<style>${STYLE}</style>
${head}
</head>
<body>
<main id="contenu">
${body}
</main>
</body>
</html>
`;
}

export interface LoginPageOptions {
  /** Where the form posts to (the same login-actions URL). */
  action: string;
  realm: string;
  username?: string;
  /** Set when the previous attempt failed: the form is shown again with this message. */
  error?: string;
}

/**
 * The login form, with Keycloak's element ids (#kc-form-login, #username, #password, #kc-login, #input-error) so an
 * end-to-end login helper works unchanged against a real Keycloak.
 */
export function loginPage({ action, realm, username = '', error }: LoginPageOptions): string {
  // The error is tied to both fields (aria-describedby) so it is read again when either one gets the focus.
  const invalid = error ? ' aria-invalid="true" aria-describedby="input-error"' : '';
  const errorBlock = error ? `<p id="input-error" class="erreur" role="alert">${escapeHtml(error)}</p>\n` : '';
  return layout({
    title: error ? 'Erreur : connexion' : 'Connexion',
    body: `<h1>Connexion à votre compte</h1>
<p class="note">Serveur d’identité de développement (domaine « ${escapeHtml(realm)} »). Ne saisissez pas de vrai mot de passe.</p>
${errorBlock}<form id="kc-form-login" method="post" action="${escapeHtml(action)}">
<div class="champ">
<label for="username">Identifiant</label>
<input id="username" name="username" type="text" value="${escapeHtml(username)}" autocomplete="username" autocapitalize="none" spellcheck="false" required${invalid}>
</div>
<div class="champ">
<label for="password">Mot de passe</label>
<input id="password" name="password" type="password" autocomplete="current-password" required${invalid}>
</div>
<button id="kc-login" name="login" type="submit">Se connecter</button>
</form>`,
  });
}

/**
 * RP-initiated logout: oidc-provider asks for a confirmation; like Keycloak when the client sends id_token_hint,
 * it is confirmed without a click (script), and the button stays for browsers without JavaScript.
 */
export function logoutPage(providerForm: string): string {
  const form = providerForm.replace(
    '</form>',
    '<input type="hidden" name="logout" value="yes"><button type="submit">Se déconnecter</button></form>',
  );
  return layout({
    title: 'Déconnexion',
    head: `<script>addEventListener('DOMContentLoaded', () => document.forms[0].submit());</script>`,
    body: `<h1>Déconnexion</h1>
<p>Déconnexion en cours…</p>
${form}`,
  });
}

export function messagePage(title: string, message: string): string {
  return layout({ title, body: `<h1>${escapeHtml(title)}</h1>\n<p>${escapeHtml(message)}</p>` });
}
