/** GET /auth/connexion?returnTo=/local/path → the identity provider (code flow with PKCE, state and nonce). */
import type { APIRoute } from 'astro';
import { config, estHttps } from '../../lib/config';
import { COOKIE_OIDC, DUREE_COOKIE_OIDC_S, debutConnexion } from '../../lib/oidc';
import { cheminDeRetour } from '../../lib/securite';

export const GET: APIRoute = async (ctx) => {
  const retour = cheminDeRetour(ctx.url.searchParams.get('returnTo'));
  if (ctx.locals.session) return ctx.redirect(retour, 302);
  let debut;
  try {
    debut = await debutConnexion(retour);
  } catch (erreur) {
    console.error('[portail] fournisseur d’identité injoignable', erreur);
    return ctx.redirect('/auth/erreur', 303);
  }
  ctx.cookies.set(COOKIE_OIDC, JSON.stringify(debut.etat), {
    httpOnly: true,
    sameSite: 'lax',
    secure: estHttps(config().PUBLIC_URL),
    path: '/auth',
    maxAge: DUREE_COOKIE_OIDC_S,
  });
  return ctx.redirect(debut.url.href, 302);
};
