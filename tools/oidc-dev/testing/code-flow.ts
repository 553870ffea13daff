// Drives the authorization-code flow over plain HTTP (no browser), for API tests that need a real access token
// from the local OIDC server: same path as a browser, through the login form.
import * as client from 'openid-client';

class CookieJar {
  readonly #cookies = new Map<string, string>();

  store(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const index = pair.indexOf('=');
      const value = pair.slice(index + 1).trim();
      if (value === '') this.#cookies.delete(pair.slice(0, index).trim());
      else this.#cookies.set(pair.slice(0, index).trim(), value);
    }
  }

  header(): string {
    return [...this.#cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

async function requete(jar: CookieJar, url: string | URL, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set('cookie', jar.header());
  const response = await fetch(url, { ...init, headers, redirect: 'manual' });
  jar.store(response);
  return response;
}

export interface ParametresConnexion {
  issuer: string;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  username: string;
  password: string;
}

/** Signs a user in through the login form and returns the tokens the client receives. */
export async function connecter(p: ParametresConnexion): Promise<client.TokenEndpointResponse> {
  const config = await client.discovery(new URL(p.issuer), p.clientId, p.clientSecret, undefined, {
    execute: [client.allowInsecureRequests],
  });
  const jar = new CookieJar();
  const codeVerifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const autorisation = client.buildAuthorizationUrl(config, {
    redirect_uri: p.redirectUri,
    scope: 'openid profile email',
    state,
    nonce,
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
  });
  const premiere = await requete(jar, autorisation);
  const pageConnexion = new URL(premiere.headers.get('location') ?? '', autorisation).href;
  const html = await (await requete(jar, pageConnexion)).text();
  const action = /<form id="kc-form-login"[^>]*action="([^"]+)"/.exec(html)?.[1]?.replace(/&amp;/g, '&');
  if (!action) throw new Error('formulaire de connexion introuvable');
  let reponse = await requete(jar, new URL(action, pageConnexion), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ username: p.username, password: p.password }),
  });
  let courante = pageConnexion;
  for (let saut = 0; saut < 10; saut += 1) {
    const location = reponse.headers.get('location');
    if (!location) throw new Error(`redirection attendue, reçu ${reponse.status}`);
    const suivante = new URL(location, courante);
    if (suivante.href.startsWith(p.redirectUri)) {
      return client.authorizationCodeGrant(config, suivante, {
        pkceCodeVerifier: codeVerifier,
        expectedState: state,
        expectedNonce: nonce,
        idTokenExpected: true,
      });
    }
    await reponse.arrayBuffer();
    courante = suivante.href;
    reponse = await requete(jar, courante);
  }
  throw new Error('trop de redirections');
}
