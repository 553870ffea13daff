import { createRemoteJWKSet, jwtVerify } from 'jose';
import * as client from 'openid-client';
import { demoUsers } from '../src/demo-users.ts';
import { API_AUDIENCE, startOidcServer, type OidcServer } from '../src/server.ts';

// The portal's callback is never contacted: the flow stops when the server redirects there.
const PORTAL = 'http://portal.test:4321';
const CLIENT = {
  clientId: 'portail',
  clientSecret: 'secret-de-test',
  redirectUris: [`${PORTAL}/auth/callback`],
  postLogoutRedirectUris: [`${PORTAL}/`],
};
const jean = demoUsers[0]!;

let server: OidcServer;

beforeAll(async () => {
  server = await startOidcServer({ port: 0, clients: [CLIENT], users: demoUsers });
});

afterAll(async () => {
  await server.close();
});

/** The smallest cookie jar that works here: one host, names are unique across paths. */
class CookieJar {
  readonly #cookies = new Map<string, string>();

  store(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const index = pair.indexOf('=');
      const name = pair.slice(0, index).trim();
      const value = pair.slice(index + 1).trim();
      const expired = attributes.some((attribute) => {
        const [key = '', val = ''] = attribute.split('=');
        const lower = key.trim().toLowerCase();
        return (lower === 'max-age' && Number(val) <= 0) || (lower === 'expires' && Date.parse(val) <= Date.now());
      });
      if (expired || value === '') this.#cookies.delete(name);
      else this.#cookies.set(name, value);
    }
  }

  header(): string {
    return [...this.#cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

async function request(jar: CookieJar, url: string | URL, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set('cookie', jar.header());
  const response = await fetch(url, { ...init, headers, redirect: 'manual' });
  jar.store(response);
  return response;
}

/** Follows redirects by hand (keeping cookies) until one leaves the identity server, and returns that URL. */
async function followUntilPortal(jar: CookieJar, start: Response, from: string, trail: string[] = []): Promise<URL> {
  let response = start;
  let current = from;
  for (let hop = 0; hop < 10; hop += 1) {
    const location = response.headers.get('location');
    if (response.status < 300 || response.status >= 400 || !location) {
      throw new Error(`redirection attendue, reçu ${response.status} pour ${current}`);
    }
    const next = new URL(location, current);
    if (next.href.startsWith(PORTAL)) return next;
    await response.arrayBuffer();
    current = next.href;
    trail.push(current);
    response = await request(jar, current);
  }
  throw new Error('trop de redirections');
}

function formAction(html: string, formId: string): string {
  const match = new RegExp(`<form id="${formId.replace('.', '\\.')}"[^>]*action="([^"]+)"`).exec(html);
  if (!match?.[1]) throw new Error(`formulaire ${formId} introuvable`);
  return match[1].replace(/&amp;/g, '&');
}

function hiddenInputs(html: string): URLSearchParams {
  const params = new URLSearchParams();
  for (const match of html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)) {
    params.append(match[1]!, match[2]!);
  }
  return params;
}

async function discover(clientAuthentication?: client.ClientAuth): Promise<client.Configuration> {
  return client.discovery(new URL(server.issuer), CLIENT.clientId, CLIENT.clientSecret, clientAuthentication, {
    execute: [client.allowInsecureRequests],
  });
}

interface LoginStart {
  jar: CookieJar;
  loginUrl: string;
  loginHtml: string;
  codeVerifier: string;
  state: string;
  nonce: string;
}

async function startLogin(config: client.Configuration, extra: Record<string, string> = {}): Promise<LoginStart> {
  const jar = new CookieJar();
  const codeVerifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const authorizationUrl = client.buildAuthorizationUrl(config, {
    redirect_uri: CLIENT.redirectUris[0]!,
    scope: 'openid profile email',
    state,
    nonce,
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    ...extra,
  });
  const first = await request(jar, authorizationUrl);
  expect(first.status).toBe(303);
  const loginUrl = new URL(first.headers.get('location')!, authorizationUrl).href;
  expect(loginUrl).toMatch(new RegExp(`^${server.issuer}/login-actions/[^/]+$`));
  const page = await request(jar, loginUrl);
  expect(page.status).toBe(200);
  return { jar, loginUrl, loginHtml: await page.text(), codeVerifier, state, nonce };
}

async function submitLogin(start: LoginStart, username: string, password: string): Promise<Response> {
  return request(start.jar, new URL(formAction(start.loginHtml, 'kc-form-login'), start.loginUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ username, password }),
  });
}

async function fullLogin(config: client.Configuration) {
  const start = await startLogin(config);
  const posted = await submitLogin(start, jean.username, jean.password);
  const callback = await followUntilPortal(start.jar, posted, start.loginUrl);
  const tokens = await client.authorizationCodeGrant(config, callback, {
    pkceCodeVerifier: start.codeVerifier,
    expectedState: start.state,
    expectedNonce: start.nonce,
    idTokenExpected: true,
  });
  return { tokens, jar: start.jar };
}

describe('oidc-dev', () => {
  test('discovery lists every endpoint at its Keycloak path', async () => {
    const response = await fetch(`${server.issuer}/.well-known/openid-configuration`);
    expect(response.status).toBe(200);
    const metadata = (await response.json()) as Record<string, unknown>;
    const oidc = `${server.issuer}/protocol/openid-connect`;
    expect(server.issuer).toBe(`http://localhost:${server.port}/realms/guichet`);
    expect(metadata).toMatchObject({
      issuer: server.issuer,
      authorization_endpoint: `${oidc}/auth`,
      token_endpoint: `${oidc}/token`,
      jwks_uri: `${oidc}/certs`,
      userinfo_endpoint: `${oidc}/userinfo`,
      end_session_endpoint: `${oidc}/logout`,
      revocation_endpoint: `${oidc}/revoke`,
      introspection_endpoint: `${oidc}/token/introspect`,
      code_challenge_methods_supported: ['S256'],
    });
    expect(metadata.token_endpoint_auth_methods_supported).toEqual(
      expect.arrayContaining(['client_secret_basic', 'client_secret_post']),
    );
  });

  test('the endpoints stay at the issuer host when asked through 127.0.0.1', async () => {
    const response = await fetch(`http://127.0.0.1:${server.port}/realms/guichet/.well-known/openid-configuration`);
    const metadata = (await response.json()) as Record<string, unknown>;
    expect(metadata.token_endpoint).toBe(`${server.issuer}/protocol/openid-connect/token`);
  });

  test.each([
    ['client_secret_basic', client.ClientSecretBasic(CLIENT.clientSecret)],
    ['client_secret_post', client.ClientSecretPost(CLIENT.clientSecret)],
  ])('code flow with PKCE (%s) gives a JWT access token for the API', async (_name, auth) => {
    const config = await discover(auth);
    const { tokens } = await fullLogin(config);

    const jwks = createRemoteJWKSet(new URL(`${server.issuer}/protocol/openid-connect/certs`));
    const { payload, protectedHeader } = await jwtVerify(tokens.access_token, jwks, {
      issuer: server.issuer,
      audience: API_AUDIENCE,
      algorithms: ['RS256'],
    });
    expect(protectedHeader.kid).toEqual(expect.any(String));
    expect(payload).toMatchObject({
      sub: jean.sub,
      email: jean.email,
      email_verified: true,
      given_name: 'Jean',
      family_name: 'Dupont',
      preferred_username: 'jean.dupont',
      azp: CLIENT.clientId,
    });
    expect(String(payload.scope).split(' ')).toEqual(expect.arrayContaining(['openid', 'profile', 'email']));

    expect(tokens.claims()).toMatchObject({
      sub: jean.sub,
      email: jean.email,
      given_name: 'Jean',
      family_name: 'Dupont',
      preferred_username: 'jean.dupont',
      birthdate: '1985-03-01',
    });
    expect(tokens.refresh_token).toEqual(expect.any(String));
  });

  test('prompt=consent and offline_access are granted without a consent screen', async () => {
    const config = await discover();
    const start = await startLogin(config, { prompt: 'consent', scope: 'openid profile email offline_access' });
    const posted = await submitLogin(start, jean.username, jean.password);
    // The consent step goes through a second login-actions URL, answered with a redirect instead of a page.
    const trail: string[] = [];
    const callback = await followUntilPortal(start.jar, posted, start.loginUrl, trail);
    const consentSteps = trail.filter((url) => url.includes('/login-actions/') && url !== start.loginUrl);
    expect(consentSteps).toHaveLength(1);
    const tokens = await client.authorizationCodeGrant(config, callback, {
      pkceCodeVerifier: start.codeVerifier,
      expectedState: start.state,
      expectedNonce: start.nonce,
    });
    // The access token is for the API (its scopes); offline_access belongs to the refresh token.
    const introspection = await client.tokenIntrospection(config, tokens.refresh_token!);
    expect(introspection.active).toBe(true);
    expect(introspection.scope?.split(' ')).toEqual(expect.arrayContaining(['openid', 'offline_access']));
  });

  test('userinfo accepts the access token; refresh gives a new one', async () => {
    const config = await discover();
    const { tokens } = await fullLogin(config);

    const userinfo = await client.fetchUserInfo(config, tokens.access_token, jean.sub);
    expect(userinfo).toMatchObject({ sub: jean.sub, email: jean.email, family_name: 'Dupont' });

    const refreshed = await client.refreshTokenGrant(config, tokens.refresh_token!);
    const jwks = createRemoteJWKSet(new URL(`${server.issuer}/protocol/openid-connect/certs`));
    const { payload } = await jwtVerify(refreshed.access_token, jwks, {
      issuer: server.issuer,
      audience: API_AUDIENCE,
    });
    expect(payload.sub).toBe(jean.sub);

    const denied = await fetch(`${server.issuer}/protocol/openid-connect/userinfo`, {
      headers: { authorization: `Bearer ${tokens.access_token.slice(0, -4)}abcd` },
    });
    expect(denied.status).toBe(401);
  });

  test('the login page is an accessible French form with Keycloak ids', async () => {
    const { loginHtml } = await startLogin(await discover(), { login_hint: '<script>alert(1)</script>' });
    expect(loginHtml).toContain('<html lang="fr">');
    expect(loginHtml).toMatch(/<title>[^<]*Connexion[^<]*<\/title>/);
    expect(loginHtml.match(/<h1[ >]/g)).toHaveLength(1);
    expect(loginHtml).toMatch(/<form id="kc-form-login" method="post"/);
    expect(loginHtml).toContain('<label for="username">Identifiant</label>');
    expect(loginHtml).toContain('<label for="password">Mot de passe</label>');
    expect(loginHtml).toMatch(/<input id="username" name="username" type="text"/);
    expect(loginHtml).toMatch(/<input id="password" name="password" type="password"/);
    expect(loginHtml).toMatch(/<button id="kc-login"[^>]*type="submit"/);
    expect(loginHtml).toContain(':focus-visible');
    // The login hint is echoed into the form, escaped.
    expect(loginHtml).not.toContain('<script>alert(1)</script>');
    expect(loginHtml).toContain('value="&lt;script&gt;alert(1)&lt;/script&gt;"');
  });

  test('a wrong password shows the form again with an error and no redirect', async () => {
    const start = await startLogin(await discover());
    const response = await submitLogin(start, 'jean.dupont', 'mauvais');
    expect(response.status).toBe(200);
    expect(response.headers.get('location')).toBeNull();
    const html = await response.text();
    expect(html).toMatch(/<p id="input-error"[^>]*role="alert"[^>]*>Identifiant ou mot de passe incorrect\.<\/p>/);
    expect(html).toMatch(/<input id="username"[^>]*value="jean\.dupont"[^>]*aria-describedby="input-error"/);
    expect(html).toMatch(/<title>Erreur/);

    // The same interaction still accepts the right password afterwards.
    const retry = await submitLogin({ ...start, loginHtml: html }, jean.username, jean.password);
    const callback = await followUntilPortal(start.jar, retry, start.loginUrl);
    expect(callback.searchParams.get('code')).toEqual(expect.any(String));
  });

  test('RP-initiated logout redirects to the registered URI', async () => {
    const config = await discover();
    const { tokens, jar } = await fullLogin(config);
    const endSession = client.buildEndSessionUrl(config, {
      id_token_hint: tokens.id_token!,
      post_logout_redirect_uri: CLIENT.postLogoutRedirectUris[0]!,
      state: 'etat-123',
    });
    const page = await request(jar, endSession);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<html lang="fr">');
    const confirm = await request(jar, new URL(formAction(html, 'op.logoutForm'), endSession), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: hiddenInputs(html),
    });
    expect(confirm.status).toBe(303);
    expect(confirm.headers.get('location')).toBe(`${PORTAL}/?state=etat-123`);

    // An unregistered URI is refused.
    const refused = await request(
      jar,
      client.buildEndSessionUrl(config, {
        id_token_hint: tokens.id_token!,
        post_logout_redirect_uri: 'https://ailleurs.test/',
      }),
    );
    expect(refused.status).toBe(400);
  });

  test('a new server signs with a new kid', async () => {
    const other = await startOidcServer({ port: 0, clients: [CLIENT], users: demoUsers });
    try {
      const kids = await Promise.all(
        [server, other].map(async ({ issuer }) => {
          const response = await fetch(`${issuer}/protocol/openid-connect/certs`);
          const { keys } = (await response.json()) as { keys: Array<{ kid: string }> };
          return keys[0]?.kid;
        }),
      );
      expect(kids[0]).not.toBe(kids[1]);
    } finally {
      await other.close();
    }
  });
});
