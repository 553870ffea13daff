// A local OpenID Connect server that answers at Keycloak's paths, so the portal and the CMS use the same settings
// in development, in tests and against the real Keycloak. Built on oidc-provider; see notes/stack-portal.md §2.
import {
  createHash,
  generateKeyPairSync,
  randomBytes,
  randomUUID,
  timingSafeEqual,
  verify,
  type JsonWebKey,
  type KeyObject,
} from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type Configuration, type Interaction } from 'oidc-provider';
import { createMemoryStore, memoryAdapterFactory } from './memory-adapter.ts';
import { escapeHtml, layout, loginPage, logoutPage, messagePage } from './pages.ts';

export interface OidcClient {
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
  postLogoutRedirectUris: string[];
}

export interface OidcUser {
  sub: string;
  username: string;
  password: string;
  email: string;
  given_name: string;
  family_name: string;
  birthdate?: string;
}

export interface OidcServerOptions {
  /** Port to listen on; 0 picks a free one (tests). Default 8080, Keycloak's. */
  port?: number;
  host?: string;
  realm?: string;
  /** Host name in the issuer URL, i.e. the one browsers and clients use. */
  publicHost?: string;
  clients: readonly OidcClient[];
  users: readonly OidcUser[];
}

export interface OidcServer {
  /** Server root, what keycloak-js calls `url`: http://<publicHost>:<port> */
  url: string;
  /** http://<publicHost>:<port>/realms/<realm> */
  issuer: string;
  port: number;
  close(): Promise<void>;
}

/** Audience of every access token: the API (Strapi) checks it, as it will with Keycloak's audience mapper. */
export const API_AUDIENCE = 'urn:guichet:api';
export const OIDC_PATH = '/protocol/openid-connect';

const SCOPES = 'openid profile email';
const CLAIMS: Record<string, string[]> = {
  openid: ['sub'],
  email: ['email', 'email_verified'],
  profile: ['name', 'given_name', 'family_name', 'preferred_username', 'birthdate'],
};
const MAX_FORM_BYTES = 64 * 1024;
// Lifetimes close to Keycloak's defaults (5 min access token, 30 min idle, 10 h session).
const TTL: Record<string, number> = {
  AccessToken: 300,
  AuthorizationCode: 60,
  IdToken: 300,
  RefreshToken: 1800,
  Interaction: 1800,
  Session: 36_000,
  Grant: 36_000,
};
// No framing, no outside resources; inline styles only. No form-action: Chrome applies it to the redirects that
// follow the login POST, which would block the way back to the client.
const PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";

function profileClaims(user: OidcUser): Record<string, unknown> {
  return {
    email: user.email,
    email_verified: true,
    name: `${user.given_name} ${user.family_name}`,
    given_name: user.given_name,
    family_name: user.family_name,
    preferred_username: user.username,
    ...(user.birthdate ? { birthdate: user.birthdate } : {}),
  };
}

function sameSecret(a: string, b: string): boolean {
  // Hash first so timingSafeEqual gets equal lengths; constant time, even if nothing here is a real secret.
  return timingSafeEqual(createHash('sha256').update(a).digest(), createHash('sha256').update(b).digest());
}

function errorLines(out: Record<string, string | undefined>): string {
  return Object.entries(out)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => `<p><code>${escapeHtml(name)}</code> : ${escapeHtml(value)}</p>`)
    .join('\n');
}

function sendHtml(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Security-Policy': PAGE_CSP,
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(html);
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers });
  res.end(JSON.stringify(body));
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_FORM_BYTES) throw new Error('formulaire trop volumineux');
    chunks.push(buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

function decodeJson(part: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Verifies one of our own access tokens (RS256, our key, our issuer, our audience, not expired). Needed by the
 * userinfo endpoint below; no library because it only ever checks tokens this process signed.
 */
function verifyAccessToken(
  token: string,
  key: { kid: string; publicKey: KeyObject },
  issuer: string,
): Record<string, unknown> | undefined {
  const [header, payload, signature] = token.split('.');
  if (!header || !payload || !signature) return undefined;
  const head = decodeJson(header);
  if (head?.alg !== 'RS256' || head.kid !== key.kid) return undefined;
  if (!verify('sha256', Buffer.from(`${header}.${payload}`), key.publicKey, Buffer.from(signature, 'base64url'))) {
    return undefined;
  }
  const claims = decodeJson(payload);
  if (!claims || claims.iss !== issuer) return undefined;
  const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  if (!audiences.includes(API_AUDIENCE)) return undefined;
  if (typeof claims.exp !== 'number' || claims.exp * 1000 <= Date.now()) return undefined;
  return claims;
}

export async function startOidcServer(options: OidcServerOptions): Promise<OidcServer> {
  const { port = 8080, host = '127.0.0.1', realm = 'guichet', publicHost = 'localhost', clients, users } = options;
  const base = `/realms/${encodeURIComponent(realm)}`;
  const usersBySub = new Map(users.map((user) => [user.sub, user]));

  // A new key and kid on every start: verifiers that cached the previous JWKS see an unknown kid and refetch,
  // instead of rejecting every token after a restart (a fixed kid with a new key would).
  const kid = randomUUID();
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const signingJwk: JsonWebKey & { kid: string } = {
    ...privateKey.export({ format: 'jwk' }),
    kid,
    alg: 'RS256',
    use: 'sig',
  };

  function buildProvider(issuerUrl: string): Provider {
    const configuration: Configuration = {
      adapter: memoryAdapterFactory(createMemoryStore()),
      clients: clients.map((client) => ({
        client_id: client.clientId,
        client_secret: client.clientSecret,
        redirect_uris: [...client.redirectUris],
        post_logout_redirect_uris: [...client.postLogoutRedirectUris],
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        // oidc-provider accepts client_secret_post as well for a client registered with client_secret_basic.
        token_endpoint_auth_method: 'client_secret_basic',
      })),
      jwks: { keys: [signingJwk] },
      // Sessions live in memory and die with the process, so throwaway cookie keys are enough.
      cookies: { keys: [randomBytes(32).toString('base64url')] },
      routes: {
        authorization: `${OIDC_PATH}/auth`,
        token: `${OIDC_PATH}/token`,
        jwks: `${OIDC_PATH}/certs`,
        userinfo: `${OIDC_PATH}/userinfo`,
        end_session: `${OIDC_PATH}/logout`,
        revocation: `${OIDC_PATH}/revoke`,
        introspection: `${OIDC_PATH}/token/introspect`,
        pushed_authorization_request: `${OIDC_PATH}/ext/par/request`,
      },
      scopes: ['openid', 'profile', 'email', 'offline_access'],
      claims: CLAIMS,
      // Keycloak puts the profile claims in the ID token too; oidc-provider only does so with this off.
      conformIdTokenClaims: false,
      pkce: { required: () => true },
      ttl: TTL,
      features: {
        devInteractions: { enabled: false },
        revocation: { enabled: true, allowedPolicy: async (_ctx, client, token) => token.clientId === client.clientId },
        // Every client here is confidential (authenticated), as the API's would be with Keycloak.
        introspection: { enabled: true, allowedPolicy: async () => true },
        rpInitiatedLogout: {
          enabled: true,
          logoutSource: async (ctx, form) => {
            ctx.type = 'html';
            ctx.body = logoutPage(form);
          },
          postLogoutSuccessSource: async (ctx) => {
            ctx.type = 'html';
            ctx.body = messagePage('Vous êtes déconnecté', 'Vous pouvez fermer cette page.');
          },
        },
        // Access tokens must be JWTs (keycloak-js and the API decode them) for the API audience: that is what
        // resource indicators with a default resource give.
        resourceIndicators: {
          enabled: true,
          defaultResource: async () => API_AUDIENCE,
          useGrantedResource: async () => true,
          getResourceServerInfo: async () => ({
            scope: SCOPES,
            audience: API_AUDIENCE,
            accessTokenFormat: 'jwt',
            accessTokenTTL: TTL.AccessToken,
            jwt: { sign: { alg: 'RS256' } },
          }),
        },
      },
      extraTokenClaims: async (_ctx, token) => {
        const user = token.accountId === undefined ? undefined : usersBySub.get(token.accountId);
        return { azp: token.clientId, ...(user ? profileClaims(user) : {}) };
      },
      findAccount: async (_ctx, sub) => {
        const user = usersBySub.get(sub);
        if (!user) return undefined;
        return { accountId: sub, claims: () => ({ sub, ...profileClaims(user) }) };
      },
      // No consent screen: the usual scopes and the API are granted on first login, like a Keycloak client with
      // consent off. Anything else (offline_access) is granted in handleLoginAction.
      loadExistingGrant: async (ctx) => {
        const { client, session, result } = ctx.oidc;
        if (!client || !session?.accountId) return undefined;
        const grantId = result?.consent?.grantId ?? session.grantIdFor(client.clientId);
        const existing = grantId === undefined ? undefined : await ctx.oidc.provider.Grant.find(grantId);
        if (existing) return existing;
        const grant = new ctx.oidc.provider.Grant({ accountId: session.accountId, clientId: client.clientId });
        grant.addOIDCScope(SCOPES);
        grant.addResourceScope(API_AUDIENCE, SCOPES);
        await grant.save();
        return grant;
      },
      // Keycloak issues a refresh token on every code exchange, not only with offline_access.
      issueRefreshToken: async (_ctx, client) => client.grantTypeAllowed('refresh_token'),
      interactions: { url: async (_ctx, interaction) => `${base}/login-actions/${interaction.uid}` },
      renderError: async (ctx, out) => {
        ctx.type = 'html';
        ctx.body = layout({
          title: 'Erreur',
          body: `<h1>Une erreur est survenue</h1>\n${errorLines(out)}`,
        });
      },
    };
    return new Provider(issuerUrl, configuration);
  }

  function findUser(username: string, password: string): OidcUser | undefined {
    const user = users.find((candidate) => candidate.username === username);
    // Compare a password even for an unknown user, so both failures take the same time.
    const ok = sameSecret(user?.password ?? randomUUID(), password);
    return ok ? user : undefined;
  }

  async function grantMissingConsent(current: Provider, interaction: Interaction): Promise<string> {
    const accountId = interaction.session?.accountId;
    const clientId = interaction.params.client_id;
    if (!accountId || typeof clientId !== 'string') throw new Error('interaction sans session ni client');
    const grant =
      (interaction.grantId ? await current.Grant.find(interaction.grantId) : undefined) ??
      new current.Grant({ accountId, clientId });
    const { missingOIDCScope, missingOIDCClaims, missingResourceScopes } = interaction.prompt.details;
    if (missingOIDCScope) grant.addOIDCScope(missingOIDCScope.join(' '));
    if (missingOIDCClaims) grant.addOIDCClaims(missingOIDCClaims);
    for (const [resource, scopes] of Object.entries(missingResourceScopes ?? {})) {
      grant.addResourceScope(resource, scopes.join(' '));
    }
    return grant.save();
  }

  async function handleLoginAction(
    current: Provider,
    req: IncomingMessage,
    res: ServerResponse,
    uid: string,
  ): Promise<void> {
    let interaction: Interaction;
    try {
      interaction = await current.interactionDetails(req, res);
    } catch {
      // Cookie missing or interaction expired: the usual cause is an old tab or a restarted server.
      sendHtml(res, 400, messagePage('Demande de connexion expirée', 'Retournez sur le site et reconnectez-vous.'));
      return;
    }
    if (interaction.uid !== uid) {
      sendHtml(res, 400, messagePage('Demande de connexion introuvable', 'Retournez sur le site et reconnectez-vous.'));
      return;
    }
    if (interaction.prompt.name === 'consent') {
      const grantId = await grantMissingConsent(current, interaction);
      await current.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
      return;
    }
    const action = `${base}/login-actions/${encodeURIComponent(uid)}`;
    if (req.method === 'GET' || req.method === 'HEAD') {
      const hint = interaction.params.login_hint;
      sendHtml(res, 200, loginPage({ action, realm, username: typeof hint === 'string' ? hint : '' }));
      return;
    }
    if (req.method !== 'POST') {
      res.writeHead(405, { Allow: 'GET, POST' }).end();
      return;
    }
    const form = await readForm(req);
    const username = (form.get('username') ?? '').trim();
    const user = findUser(username, form.get('password') ?? '');
    if (!user) {
      // 200 like Keycloak: the same form again, with the message and the username kept.
      sendHtml(res, 200, loginPage({ action, realm, username, error: 'Identifiant ou mot de passe incorrect.' }));
      return;
    }
    await current.interactionFinished(req, res, { login: { accountId: user.sub } }, { mergeWithLastSubmission: false });
  }

  /**
   * oidc-provider's userinfo refuses access tokens issued for a resource (ours all are), while Keycloak accepts
   * its access tokens there. So this path is answered here, from the token's subject.
   */
  function handleUserinfo(req: IncomingMessage, res: ServerResponse): void {
    const challenge = (error: string) => ({ 'WWW-Authenticate': `Bearer realm="${realm}", error="${error}"` });
    if (req.method !== 'GET' && req.method !== 'POST') {
      res.writeHead(405, { Allow: 'GET, POST' }).end();
      return;
    }
    const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
    if (!match?.[1]) {
      sendJson(res, 401, { error: 'invalid_request' }, challenge('invalid_request'));
      return;
    }
    const claims = verifyAccessToken(match[1], { kid, publicKey }, issuer);
    const user = typeof claims?.sub === 'string' ? usersBySub.get(claims.sub) : undefined;
    if (!claims || !user) {
      sendJson(res, 401, { error: 'invalid_token' }, challenge('invalid_token'));
      return;
    }
    const scopes = new Set(typeof claims.scope === 'string' ? claims.scope.split(' ') : []);
    const profile = profileClaims(user);
    const body: Record<string, unknown> = { sub: user.sub };
    for (const [scope, names] of Object.entries(CLAIMS)) {
      if (!scopes.has(scope)) continue;
      for (const name of names) if (profile[name] !== undefined) body[name] = profile[name];
    }
    sendJson(res, 200, body);
  }

  async function handle(
    current: Provider,
    callback: (req: IncomingMessage, res: ServerResponse) => Promise<void>,
    req: IncomingMessage,
    res: ServerResponse,
  ): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const loginPrefix = `${base}/login-actions/`;
    if (path.startsWith(loginPrefix)) {
      // Raw segment: interaction uids are URL-safe, and a malformed escape must not throw.
      await handleLoginAction(current, req, res, path.slice(loginPrefix.length));
      return;
    }
    if (path === `${base}${OIDC_PATH}/userinfo`) {
      handleUserinfo(req, res);
      return;
    }
    if (path.startsWith(`${base}/`)) {
      // Mount oidc-provider under /realms/<realm> the way Express would: it reads originalUrl to rebuild its URLs.
      const originalUrl = req.url ?? '/';
      Object.assign(req, { originalUrl, url: originalUrl.slice(base.length) });
      // Pin the host to the issuer's, so every advertised endpoint matches the issuer (openid-client checks it)
      // even when a request arrives through 127.0.0.1 or another name.
      req.headers.host = new URL(issuer).host;
      await callback(req, res);
      return;
    }
    sendJson(res, 404, { error: 'not_found', error_description: `Les chemins servis commencent par ${base}/` });
  }

  // The issuer contains the port, known only once listening (port 0): the provider is built after listen(), and
  // the request listener attached right after, before the event loop can deliver any request.
  const server = createServer();

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });

  const actualPort = (server.address() as AddressInfo).port;
  const url = `http://${publicHost}:${actualPort}`;
  const issuer = `${url}${base}`;
  const provider = buildProvider(issuer);
  const providerCallback = provider.callback();
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    handle(provider, providerCallback, req, res).catch((error: unknown) => {
      console.error('[oidc-dev]', error);
      if (!res.headersSent) sendJson(res, 500, { error: 'server_error' });
      else res.end();
    });
  });

  return {
    url,
    issuer,
    port: actualPort,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive sockets (fetch keeps them) would hold close() open otherwise.
        server.closeAllConnections();
      }),
  };
}
