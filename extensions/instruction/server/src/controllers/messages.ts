import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { repondre } from '../erreurs';
import { valider } from '../validation/valider';
import { type Ctx, numeroOu404 } from './contexte';

/** The message's text is checked by the domain (422 per field, in French); here only its type. */
export const corpsMessage = z.strictObject({ corps: z.string() });
const corpsConversation = z.strictObject({ ouverte: z.boolean() });

type CtxMessage = Ctx & { request: { header?: Record<string, string | string[] | undefined> } };

/** The optional Idempotency-Key header; repeated, it is malformed (the domain refuses anything but one string). */
export function cleDe(ctx: { request: { header?: Record<string, string | string[] | undefined> } }) {
  const valeur = ctx.request.header?.['idempotency-key'];
  return Array.isArray(valeur) ? valeur.join(',') : valeur;
}

/** Status of a send: 201 when this call created the message, 200 when a retry with its key found it. */
export async function repondreEnvoi(
  ctx: { status: number; body: unknown },
  envoi: () => Promise<{ message: unknown; cree: boolean }>,
) {
  let cree = true;
  await repondre(
    ctx,
    async () => {
      const resultat = await envoi();
      cree = resultat.cree;
      return { data: resultat.message };
    },
    201,
  );
  if (ctx.status === 201 && !cree) ctx.status = 200;
}

const redacteur = (ctx: Ctx) => {
  const u = ctx.state.user!;
  return { id: Number(u.id), prenom: u.firstname ?? null, nom: u.lastname ?? null };
};

/** Admin: an agent reads and writes a dossier's conversation, and opens or closes it (scope → 404). */
const messages = ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => strapi.plugin('instruction').service('messages');
  return {
    lister: (ctx: CtxMessage) =>
      repondre(ctx, async () => service().listerPourAgent(numeroOu404(ctx.params.numero), redacteur(ctx).id)),
    envoyer: (ctx: CtxMessage) =>
      repondreEnvoi(ctx, async () => {
        const numero = numeroOu404(ctx.params.numero);
        const { corps } = valider(corpsMessage, ctx.request.body);
        return service().envoyerParAgent(numero, redacteur(ctx), corps, cleDe(ctx));
      }),
    conversation: (ctx: CtxMessage) =>
      repondre(ctx, async () => {
        const numero = numeroOu404(ctx.params.numero);
        const { ouverte } = valider(corpsConversation, ctx.request.body);
        return { data: await service().basculer(numero, redacteur(ctx), ouverte) };
      }),
  };
};

export default messages;
