/**
 * GET /auth/callback: the identity provider comes back with a code. Exchanges it (state, nonce and PKCE checked),
 * then exchanges the OIDC access token once for the CMS JWT, and opens a new server-side session.
 */
import type { APIRoute } from 'astro';
import { config, estHttps } from '../../lib/config';
import { COOKIE_OIDC, finConnexion, lireEtatConnexion } from '../../lib/oidc';
import { services } from '../../lib/services';
import { nomCookieSession, optionsCookieSession } from '../../lib/session';

export const GET: APIRoute = async (ctx) => {
  const https = estHttps(config().PUBLIC_URL);
  const etat = lireEtatConnexion(ctx.cookies.get(COOKIE_OIDC)?.value);
  ctx.cookies.delete(COOKIE_OIDC, { path: '/auth', httpOnly: true, sameSite: 'lax', secure: https });
  if (!etat || ctx.url.searchParams.has('error')) return ctx.redirect('/auth/erreur', 303);

  const { cms, sessions } = services();
  try {
    const identite = await finConnexion(ctx.url.search, etat);
    const cmsSession = await cms.ouvrirSession(identite.accessToken);
    // A previous session (another account in the same browser) is dropped: the new one gets a new id.
    await sessions.detruire(ctx.locals.sessionId ?? undefined);
    const { id } = await sessions.creer({
      sub: identite.sub,
      prenom: cmsSession.usager.prenom || identite.prenom,
      nom: cmsSession.usager.nom || identite.nom,
      email: cmsSession.usager.email || identite.email,
      jwt: cmsSession.jwt,
      idToken: identite.idToken,
    });
    ctx.cookies.set(nomCookieSession(https), id, optionsCookieSession(https));
    return ctx.redirect(etat.retour, 303);
  } catch (erreur) {
    console.error('[portail] échec de la connexion', erreur);
    return ctx.redirect('/auth/erreur', 303);
  }
};
