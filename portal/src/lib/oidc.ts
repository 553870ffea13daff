/**
 * OpenID Connect code flow with PKCE, run on the server (BFF). The IdP is Keycloak in production and the local
 * oidc-dev server (same paths) in development and tests. Redirect URIs come from PUBLIC_URL, never from the request.
 */
import * as client from 'openid-client';
import { config } from './config';

let configuration: Promise<client.Configuration> | undefined;

/** Plain http is accepted only for an IdP on this machine (dev and tests). */
export function httpAutorise(issuer: string): boolean {
  const url = new URL(issuer);
  return url.protocol === 'http:' && (url.hostname === 'localhost' || url.hostname === '127.0.0.1');
}

export function origineIdp(): string {
  return new URL(config().OIDC_ISSUER).origin;
}

/** Discovery, once per process (retried after a failure). */
export function configurationOidc(): Promise<client.Configuration> {
  if (!configuration) {
    const c = config();
    // Marked deprecated by openid-client to discourage it; it is still the documented switch for http issuers.
    const options = httpAutorise(c.OIDC_ISSUER) ? { execute: [client.allowInsecureRequests] } : undefined;
    // client_secret_basic: the default of both Keycloak and oidc-provider for confidential clients.
    configuration = client
      .discovery(
        new URL(c.OIDC_ISSUER),
        c.OIDC_CLIENT_ID,
        { client_secret: c.OIDC_CLIENT_SECRET },
        client.ClientSecretBasic(c.OIDC_CLIENT_SECRET),
        options,
      )
      .catch((erreur: unknown) => {
        configuration = undefined;
        throw erreur;
      });
  }
  return configuration;
}

export const COOKIE_OIDC = 'guichet_oidc';
export const DUREE_COOKIE_OIDC_S = 600;

export interface EtatConnexion {
  verificateur: string;
  etat: string;
  nonce: string;
  retour: string;
}

export function urlDeRappel(): string {
  return `${config().PUBLIC_URL}/auth/callback`;
}

/** Builds the authorization URL and the state to keep in the short-lived cookie. */
export async function debutConnexion(retour: string): Promise<{ url: URL; etat: EtatConnexion }> {
  const conf = await configurationOidc();
  const verificateur = client.randomPKCECodeVerifier();
  const etat = client.randomState();
  const nonce = client.randomNonce();
  const url = client.buildAuthorizationUrl(conf, {
    redirect_uri: urlDeRappel(),
    scope: 'openid profile email',
    state: etat,
    nonce,
    code_challenge: await client.calculatePKCECodeChallenge(verificateur),
    code_challenge_method: 'S256',
  });
  return { url, etat: { verificateur, etat, nonce, retour } };
}

export function lireEtatConnexion(valeur: string | undefined): EtatConnexion | null {
  if (!valeur) return null;
  try {
    const brut: unknown = JSON.parse(valeur);
    if (typeof brut !== 'object' || brut === null) return null;
    const { verificateur, etat, nonce, retour } = brut as Record<string, unknown>;
    if (
      typeof verificateur !== 'string' ||
      typeof etat !== 'string' ||
      typeof nonce !== 'string' ||
      typeof retour !== 'string'
    )
      return null;
    return { verificateur, etat, nonce, retour };
  } catch {
    return null;
  }
}

export interface ResultatConnexion {
  accessToken: string;
  idToken: string;
  sub: string;
  prenom: string;
  nom: string;
  email: string;
}

/** Exchanges the code (state, nonce and PKCE checked by openid-client). `recherche` is the callback's query string. */
export async function finConnexion(recherche: string, etat: EtatConnexion): Promise<ResultatConnexion> {
  const conf = await configurationOidc();
  const jetons = await client.authorizationCodeGrant(conf, new URL(`${urlDeRappel()}${recherche}`), {
    pkceCodeVerifier: etat.verificateur,
    expectedState: etat.etat,
    expectedNonce: etat.nonce,
    idTokenExpected: true,
  });
  const revendications = jetons.claims();
  if (!revendications || !jetons.id_token) throw new Error('id_token manquant');
  const texte = (cle: string) => (typeof revendications[cle] === 'string' ? (revendications[cle] as string) : '');
  return {
    accessToken: jetons.access_token,
    idToken: jetons.id_token,
    sub: revendications.sub,
    prenom: texte('given_name'),
    nom: texte('family_name'),
    email: texte('email'),
  };
}

/** RP-initiated logout URL (Keycloak and oidc-provider both support id_token_hint + post_logout_redirect_uri). */
export async function urlDeDeconnexion(idToken: string): Promise<string> {
  const conf = await configurationOidc();
  return client.buildEndSessionUrl(conf, {
    id_token_hint: idToken,
    post_logout_redirect_uri: `${config().PUBLIC_URL}/`,
  }).href;
}
