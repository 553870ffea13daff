/** POST /auth/deconnexion (CSRF checked by the middleware): ends the portal session, then the IdP session. */
import type { APIRoute } from 'astro';
import { urlDeDeconnexion } from '../../lib/oidc';
import { fermerSession } from '../../lib/pages';

export const POST: APIRoute = async (ctx) => {
  const idToken = ctx.locals.session?.idToken;
  await fermerSession(ctx);
  if (!idToken) return ctx.redirect('/', 303);
  try {
    return ctx.redirect(await urlDeDeconnexion(idToken), 303);
  } catch (erreur) {
    console.error('[portail] déconnexion du fournisseur d’identité impossible', erreur);
    return ctx.redirect('/', 303);
  }
};
