/**
 * Runs before every page and endpoint: loads the session, protects /compte, applies rate limits and the CSRF check,
 * and sets the security headers.
 */
import { defineMiddleware } from 'astro:middleware';
import { config, estHttps } from './lib/config';
import { CorpsTropGros, lireFormulaireBorne, typeMedia } from './lib/corps';
import { familleDe, FORMULAIRE_DOSSIER, PAGE_DOSSIER } from './lib/limite';
import { origineIdp } from './lib/oidc';
import { CHAMP_CSRF, entetesSecurite, jetonsEgaux } from './lib/securite';
import { requeteVers } from './lib/pages';
import { services } from './lib/services';
import { nomCookieSession, optionsCookieSession } from './lib/session';

/** urlencoded forms of the portal are small; anything larger is not ours. */
const TAILLE_MAX_FORMULAIRE = 64 * 1024;

function estProtege(chemin: string): boolean {
  return chemin === '/compte' || chemin.startsWith('/compte/');
}

function urlDeConnexion(chemin: string, recherche: string): string {
  return `/auth/connexion?returnTo=${encodeURIComponent(`${chemin}${recherche}`)}`;
}

/** Some responses (fetch results, Response.redirect) have immutable headers: copy them before adding ours. */
function modifiable(reponse: Response): Response {
  try {
    reponse.headers.set('X-Content-Type-Options', 'nosniff');
    return reponse;
  } catch {
    return new Response(reponse.body, reponse);
  }
}

export const onRequest = defineMiddleware(async (ctx, next) => {
  // A rewrite (error pages, refusals) runs the middleware again with the same locals: checks were done already.
  if (ctx.locals.traite) return avecEntetes(Boolean(ctx.locals.session), ctx.url.pathname, await next());
  ctx.locals.traite = true;
  const c = config();
  const { sessions, limiteur } = services();
  const chemin = ctx.url.pathname;
  const methode = ctx.request.method;
  const nomCookie = nomCookieSession(estHttps(c.PUBLIC_URL));

  const identifiant = ctx.cookies.get(nomCookie)?.value;
  const session = await sessions.charger(identifiant);
  ctx.locals.session = session ?? null;
  ctx.locals.sessionId = session && identifiant ? identifiant : null;
  if (identifiant && !session) ctx.cookies.delete(nomCookie, optionsCookieSession(estHttps(c.PUBLIC_URL)));

  const traiter = async (): Promise<Response> => {
    const famille = familleDe(methode, chemin);
    if (famille) {
      const decision = limiteur.consommer(famille, ctx.clientAddress);
      if (!decision.autorise) {
        ctx.locals.refus = { motif: 'debit', secondes: decision.reessayerDansS };
        const reponse = modifiable(await next(requeteVers(ctx, '/erreur')));
        reponse.headers.set('Retry-After', String(decision.reessayerDansS));
        return reponse;
      }
    }

    if (estProtege(chemin) && !session) {
      return ctx.redirect(
        urlDeConnexion(chemin, methode === 'GET' ? ctx.url.search : ''),
        methode === 'GET' ? 302 : 303,
      );
    }

    if (methode === 'POST' && chemin !== '/auth/callback') {
      // A form posted after the session ended: sign in again and come back to the page.
      if (!session) {
        if (chemin === '/auth/deconnexion') return ctx.redirect('/', 303);
        return ctx.redirect(urlDeConnexion(chemin, ''), 303);
      }
      const media = typeMedia(ctx.request.headers.get('content-type'));
      const multipart = FORMULAIRE_DOSSIER.test(chemin) || PAGE_DOSSIER.test(chemin);
      if (multipart && media === 'multipart/form-data') {
        // Streamed (files): the page reads the _csrf part, sent first, before anything else.
      } else if (!multipart && media === 'application/x-www-form-urlencoded') {
        let formulaire: URLSearchParams;
        try {
          formulaire = await lireFormulaireBorne(ctx.request, TAILLE_MAX_FORMULAIRE);
        } catch (erreur) {
          if (erreur instanceof CorpsTropGros) return new Response(null, { status: 413 });
          throw erreur;
        }
        if (!jetonsEgaux(formulaire.get(CHAMP_CSRF), session.csrf)) {
          ctx.locals.refus = { motif: 'csrf' };
          return next(requeteVers(ctx, '/erreur'));
        }
        ctx.locals.formulaire = formulaire;
      } else {
        ctx.locals.refus = { motif: 'csrf' };
        return next(requeteVers(ctx, '/erreur'));
      }
    }
    return next();
  };

  return avecEntetes(session !== undefined, chemin, await traiter());
});

/** Security headers on every response; pages that depend on a session are never stored by caches. */
function avecEntetes(avecSession: boolean, chemin: string, brute: Response): Response {
  const reponse = modifiable(brute);
  // Both flags: a build run with NODE_ENV=test (jest) has DEV true but MODE 'production', and must keep the strict CSP.
  const developpement = import.meta.env.MODE === 'development' && import.meta.env.DEV;
  for (const [nom, valeur] of Object.entries(entetesSecurite(origineIdp(), developpement))) {
    if (!reponse.headers.has(nom)) reponse.headers.set(nom, valeur);
  }
  if (avecSession || estProtege(chemin) || chemin.startsWith('/auth/'))
    reponse.headers.set('Cache-Control', 'private, no-store');
  return reponse;
}
