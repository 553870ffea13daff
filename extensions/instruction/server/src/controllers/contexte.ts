import { dossierIntrouvable } from '../erreurs';
import { numeroDossier } from '../validation/agent';

// Koa's context as far as our controllers read it.
export interface Ctx {
  params: Record<string, string>;
  query: Record<string, unknown>;
  request: { body?: unknown };
  state: { user?: { id: number; firstname?: string; lastname?: string; roles?: { code?: string }[] } };
  status: number;
  body: unknown;
  set(nom: string, valeur: string): void;
}

export const agentDe = (ctx: Ctx) => {
  const u = ctx.state.user!;
  return { id: Number(u.id), nom: [u.firstname, u.lastname].filter(Boolean).join(' ') };
};

/** A dossier number from the path; a malformed one is as unknown as an absent one (404, existence never revealed). */
export function numeroOu404(valeur: unknown): string {
  const r = numeroDossier.safeParse(valeur);
  if (!r.success) throw dossierIntrouvable();
  return r.data;
}

/** The Super Admin configures every dispositif; other administrators those their profils métiers « configure ». */
export const configurateurDe = (ctx: Ctx) => ({
  id: Number(ctx.state.user!.id),
  superAdmin: ctx.state.user!.roles?.some((r) => r.code === 'strapi-super-admin') === true,
});
