/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The signed-in citizen's server-side session, or null. */
    session: import('./lib/session').Session | null;
    /** The id from the cookie when `session` is set (to save changes such as flash messages). */
    sessionId: string | null;
    /** Set on the first pass of the middleware (a rewrite runs it again). */
    traite?: boolean;
    /**
     * The decoded body of a urlencoded POST (already read by the middleware for the CSRF check). The dossier form is
     * multipart and read by its page instead (src/lib/soumission.ts).
     */
    formulaire?: URLSearchParams;
    /** Why a request was refused; read by the /erreur page the request is rewritten to. */
    refus?: { motif: 'csrf' } | { motif: 'indisponible' } | { motif: 'debit'; secondes: number };
  }
}
