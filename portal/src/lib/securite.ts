/**
 * Small security primitives shared by the middleware and the auth endpoints: CSRF token comparison, validation of
 * the `returnTo` parameter (open-redirect guard) and the security headers of every response.
 */
import { createHash, timingSafeEqual } from 'node:crypto';

/** Name of the hidden field that carries the CSRF token in every POST form. */
export const CHAMP_CSRF = '_csrf';

/**
 * Constant-time comparison of the submitted token with the session's. Both are hashed first so that the comparison
 * does not leak the length either (timingSafeEqual needs equal lengths).
 */
export function jetonsEgaux(soumis: string | null | undefined, attendu: string | null | undefined): boolean {
  if (typeof soumis !== 'string' || typeof attendu !== 'string' || soumis === '' || attendu === '') return false;
  const a = createHash('sha256').update(soumis).digest();
  const b = createHash('sha256').update(attendu).digest();
  return timingSafeEqual(a, b);
}

/** Where to go after sign-in when `returnTo` is absent or refused. */
export const RETOUR_PAR_DEFAUT = '/compte';

/**
 * Accepts only a local path ("/compte/dossiers/X?onglet=1"); anything that could leave the site
 * ("//evil.example", "/\\evil.example", "https://…", "javascript:…", control characters) or loop back into the
 * sign-in flow (/auth/…) gives the default.
 */
export function cheminDeRetour(valeur: string | null | undefined): string {
  if (typeof valeur !== 'string' || valeur.length === 0 || valeur.length > 2048) return RETOUR_PAR_DEFAUT;
  if (!valeur.startsWith('/') || valeur.startsWith('//')) return RETOUR_PAR_DEFAUT;
  // Browsers treat "\" as "/" in URLs, and control characters are stripped before parsing.
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must be refused
  if (/[\\\u0000-\u001f\u007f]/.test(valeur)) return RETOUR_PAR_DEFAUT;
  let url: URL;
  try {
    url = new URL(valeur, 'http://portail.invalid');
  } catch {
    return RETOUR_PAR_DEFAUT;
  }
  if (url.origin !== 'http://portail.invalid') return RETOUR_PAR_DEFAUT;
  if (url.pathname === '/auth' || url.pathname.startsWith('/auth/')) return RETOUR_PAR_DEFAUT;
  return `${url.pathname}${url.search}`;
}

/**
 * Content-Security-Policy of every page. No inline script or style at all; forms may only post to the portal itself
 * and to the identity provider (a POST that redirects there, such as sign-out, is checked against form-action too).
 */
export function politiqueCsp(origineIdp: string, developpement = false): string {
  const directives = [
    "default-src 'self'",
    "base-uri 'none'",
    "object-src 'none'",
    "frame-ancestors 'none'",
    `form-action 'self' ${origineIdp}`,
    "img-src 'self' data:",
  ];
  // `astro dev` injects inline styles, its client script and a websocket for hot reload; a build never does.
  if (developpement)
    directives.push(
      "script-src 'self' 'unsafe-inline'",
      "style-src 'self' 'unsafe-inline'",
      "connect-src 'self' ws: wss:",
    );
  return directives.join('; ');
}

/** Headers set on every response. */
export function entetesSecurite(origineIdp: string, developpement = false): Record<string, string> {
  return {
    'Content-Security-Policy': politiqueCsp(origineIdp, developpement),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'same-origin',
    'X-Frame-Options': 'DENY',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  };
}
