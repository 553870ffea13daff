import type { Core } from '@strapi/strapi';
import { numeroOu404 } from '../../../../instruction/server/src/controllers/contexte';
import { cleDe, corpsMessage, repondreEnvoi } from '../../../../instruction/server/src/controllers/messages';
import { ErreurGuichet, repondre } from '../../../../instruction/server/src/erreurs';
import { valider } from '../../../../instruction/server/src/validation/valider';

interface Ctx {
  params: Record<string, string>;
  request: { body?: unknown; header?: Record<string, string | string[] | undefined> };
  state: { user?: { id: number; prenom?: string | null; nom?: string | null } };
  status: number;
  body: unknown;
}

const redacteurDe = (ctx: Ctx) => {
  const u = ctx.state.user;
  if (!u) throw new ErreurGuichet(401, 'NON_CONNECTE', 'Connectez-vous pour continuer.');
  return { id: Number(u.id), prenom: u.prenom ?? null, nom: u.nom ?? null };
};

/**
 * The citizen's side of a dossier's conversation, scoped like the dossier's detail (not theirs → 404; a brouillon →
 * 409 DOSSIER_NON_DEPOSE). Reading marks the agents' messages read.
 */
const messages = ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => strapi.plugin('instruction').service('messages');
  return {
    lister: (ctx: Ctx) =>
      repondre(ctx, async () => service().listerPourUsager(numeroOu404(ctx.params.numero), redacteurDe(ctx).id)),
    envoyer: (ctx: Ctx) =>
      repondreEnvoi(ctx, async () => {
        const usager = redacteurDe(ctx);
        const numero = numeroOu404(ctx.params.numero);
        const { corps } = valider(corpsMessage, ctx.request.body);
        return service().envoyerParUsager(numero, usager, corps, cleDe(ctx));
      }),
  };
};

export default messages;
