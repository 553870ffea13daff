import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { ErreurGuichet, repondre } from '../erreurs';
import { valider } from '../validation/valider';
import { agentDe, type Ctx, numeroOu404 } from './contexte';

const corpsAnnulation = z.strictObject({ version: z.number().int().positive() });

/** A request id from the path; a malformed one is as unknown as an absent one. */
export function idDemandeOu404(valeur: unknown): number {
  const id = Number(valeur);
  if (!Number.isSafeInteger(id) || id <= 0 || String(id) !== String(valeur)) {
    throw new ErreurGuichet(404, 'INTROUVABLE', 'Cette demande de pièce est introuvable.');
  }
  return id;
}

/** Admin: an agent cancels a pending justificatif request (scope, « instruire » and version checked by the service). */
const demandes = ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => strapi.plugin('instruction').service('demandes');
  return {
    annuler: (ctx: Ctx) =>
      repondre(ctx, async () => {
        const numero = numeroOu404(ctx.params.numero);
        const id = idDemandeOu404(ctx.params.id);
        const corps = valider(corpsAnnulation, ctx.request.body);
        return { data: await service().annuler(numero, agentDe(ctx), id, corps.version) };
      }),
  };
};

export default demandes;
