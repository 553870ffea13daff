/** What pages and endpoints do with a failed CMS call, and small helpers around the session. */
import type { AstroCookies } from 'astro';
import { config, estHttps } from './config';
import { ErreurCms } from './cms';
import { services } from './services';
import { nomCookieSession, optionsCookieSession, type Notice, type Session } from './session';

/** The parts of Astro's page and endpoint contexts these helpers use. */
export interface Contexte {
  url: URL;
  cookies: AstroCookies;
  locals: App.Locals;
  redirect(chemin: string, statut?: 301 | 302 | 303 | 307 | 308): Response;
  request: Request;
  rewrite(cible: string | Request): Promise<Response>;
}

/**
 * Renders another page of the portal in place (same URL), as a GET: Astro refuses to rewrite a POST whose body was
 * already read, and error pages have no body to read anyway.
 */
export function requeteVers(ctx: { url: URL; request: Request }, chemin: string): Request {
  return new Request(new URL(chemin, ctx.url), { method: 'GET', headers: ctx.request.headers });
}

/** Renders the portal's 404 page for the current URL. */
export function pageIntrouvable(ctx: Contexte): Promise<Response> {
  return ctx.rewrite(requeteVers(ctx, '/404'));
}

/** The signed-in session; the middleware guarantees one on /compte/**. */
export function sessionRequise(ctx: Contexte): Session {
  const session = ctx.locals.session;
  if (!session) throw new Error('Session attendue (middleware)');
  return session;
}

/** Forgets the session (server side and cookie). */
export async function fermerSession(ctx: Contexte): Promise<void> {
  const https = estHttps(config().PUBLIC_URL);
  await services().sessions.detruire(ctx.locals.sessionId ?? undefined);
  ctx.cookies.delete(nomCookieSession(https), optionsCookieSession(https));
  ctx.locals.session = null;
  ctx.locals.sessionId = null;
}

/** Stores a one-shot notice to show after the next redirect. */
export async function memoriserFlash(ctx: Contexte, notice: Notice): Promise<void> {
  const session = ctx.locals.session;
  const id = ctx.locals.sessionId;
  if (!session || !id) return;
  session.flash = { notice };
  await services().sessions.enregistrer(id, session);
}

/** Reads and clears the one-shot notice. */
export async function lireFlash(ctx: Contexte): Promise<Session['flash']> {
  const session = ctx.locals.session;
  const id = ctx.locals.sessionId;
  if (!session?.flash || !id) return undefined;
  const flash = session.flash;
  delete session.flash;
  await services().sessions.enregistrer(id, session);
  return flash;
}

/**
 * CMS errors that pages do not handle themselves: 404 → the portal's 404 page; 401 → the CMS no longer accepts the
 * session's JWT, so sign in again and come back; CMS unreachable → "service unavailable"; anything else is a bug
 * and goes to the 500 page.
 */
export async function reponseErreurCms(ctx: Contexte, erreur: unknown, retour = ctx.url.pathname): Promise<Response> {
  if (erreur instanceof ErreurCms) {
    if (erreur.status === 404) return pageIntrouvable(ctx);
    if (erreur.status === 401) {
      await fermerSession(ctx);
      return ctx.redirect(`/auth/connexion?returnTo=${encodeURIComponent(retour)}`, 303);
    }
    if (erreur.status === 502 || erreur.status === 503 || erreur.status === 504) {
      console.error(`[portail] ${erreur.nom}: ${erreur.message}`);
      ctx.locals.refus = { motif: 'indisponible' };
      return ctx.rewrite(requeteVers(ctx, '/erreur'));
    }
  }
  throw erreur;
}
