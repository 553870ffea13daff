import type { Core } from '@strapi/strapi';
import { ErreurGuichet, repondre } from '../erreurs';
import {
  corpsAffectation,
  corpsClassement,
  corpsCreationDossier,
  corpsDrapeaux,
  corpsDuplication,
  corpsIndividu,
  corpsModificationsEnMasse,
  corpsParent,
  corpsSuppression,
  corpsTransfert,
  requeteIndividus,
} from '../validation/operations';
import { valider, validerSaisie } from '../validation/valider-operations';
import { agentDe, type Ctx, numeroOu404 } from './contexte';

type CtxSuppression = Ctx & { req?: AsyncIterable<Buffer>; method?: string };

/** Bytes a deletion body may hold ({ version, confirmation, motif ≤ 2,000 characters }). */
const TAILLE_MAX_SUPPRESSION = 16 * 1024;

/**
 * Koa's body parser leaves DELETE bodies alone (only POST, PUT and PATCH are parsed), so the deletion reads its own
 * small JSON body, bounded; a malformed one is a 400 like any other.
 */
async function corpsDeSuppression(ctx: CtxSuppression): Promise<unknown> {
  if (ctx.request.body !== undefined && Object.keys(ctx.request.body as object).length > 0) return ctx.request.body;
  if (!ctx.req) return {};
  const morceaux: Buffer[] = [];
  let taille = 0;
  for await (const morceau of ctx.req) {
    taille += morceau.length;
    if (taille > TAILLE_MAX_SUPPRESSION)
      throw new ErreurGuichet(413, 'TROP_VOLUMINEUX', 'La requête est trop volumineuse.');
    morceaux.push(morceau);
  }
  const texte = Buffer.concat(morceaux).toString('utf8');
  if (!texte.trim()) return {};
  try {
    return JSON.parse(texte) as unknown;
  } catch {
    throw new ErreurGuichet(400, 'REQUETE_INVALIDE', 'La requête est invalide.');
  }
}

/** Admin controllers: dossier operations by agents: creation, assignment, classification, flags, links, deletion (issue 4). */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const plugin = () => strapi.plugin('instruction');
  const detail = (numero: string, agentId: number) => plugin().service('dossiersAgent').detail(numero, agentId);
  return {
    agentsPossibles: (ctx: Ctx) =>
      repondre(ctx, async () => ({
        data: await plugin().service('affectation').agentsPossibles(numeroOu404(ctx.params.numero), agentDe(ctx).id),
      })),
    affectation: (ctx: Ctx) =>
      repondre(ctx, async () => {
        const numero = numeroOu404(ctx.params.numero);
        const corps = valider(corpsAffectation, ctx.request.body);
        const agent = agentDe(ctx);
        await plugin().service('affectation').affecter(numero, agent, corps);
        return { data: await detail(numero, agent.id) };
      }),
    classement: (ctx: Ctx) =>
      repondre(ctx, async () => {
        const numero = numeroOu404(ctx.params.numero);
        const corps = valider(corpsClassement, ctx.request.body);
        return { data: await plugin().service('operations').classer(numero, agentDe(ctx), corps) };
      }),
    transfert: (ctx: Ctx) =>
      repondre(ctx, async () => {
        const numero = numeroOu404(ctx.params.numero);
        const corps = valider(corpsTransfert, ctx.request.body);
        await plugin().service('transfert').transferer(numero, agentDe(ctx), corps);
        return { data: await detail(numero, agentDe(ctx).id) };
      }),
    transfertsPossibles: (ctx: Ctx) =>
      repondre(ctx, async () => ({
        data: await plugin().service('transfertsPossibles').lister(numeroOu404(ctx.params.numero), agentDe(ctx).id),
      })),
    drapeaux: (ctx: Ctx) =>
      repondre(ctx, async () => {
        const numero = numeroOu404(ctx.params.numero);
        const corps = valider(corpsDrapeaux, ctx.request.body);
        return { data: await plugin().service('operations').marquer(numero, agentDe(ctx), corps) };
      }),
    suppression: (ctx: CtxSuppression) =>
      repondre(ctx, async () => {
        const numero = numeroOu404(ctx.params.numero);
        const corps = valider(corpsSuppression, await corpsDeSuppression(ctx));
        return { data: await plugin().service('operations').supprimer(numero, agentDe(ctx), corps) };
      }),
    parent: (ctx: Ctx) =>
      repondre(ctx, async () => {
        const numero = numeroOu404(ctx.params.numero);
        const corps = valider(corpsParent, ctx.request.body);
        return { data: await plugin().service('operations').lier(numero, agentDe(ctx), corps) };
      }),
    duplication: (ctx: Ctx) =>
      repondre(
        ctx,
        async () => {
          const numero = numeroOu404(ctx.params.numero);
          const corps = valider(corpsDuplication, ctx.request.body);
          return { data: await plugin().service('operations').dupliquer(numero, agentDe(ctx), corps) };
        },
        201,
      ),
    modificationsEnMasse: (ctx: Ctx) =>
      repondre(ctx, async () => {
        const corps = valider(corpsModificationsEnMasse, ctx.request.body);
        return { data: await plugin().service('modificationsEnMasse').modifier(agentDe(ctx), corps) };
      }),
    dispositifsOuverts: (ctx: Ctx) =>
      repondre(ctx, async () => ({ data: await plugin().service('creationAgent').dispositifsOuverts(agentDe(ctx)) })),
    rechercherIndividus: (ctx: Ctx) =>
      repondre(ctx, async () => {
        const { q } = validerSaisie(requeteIndividus, ctx.query);
        return { data: await plugin().service('creationAgent').rechercherIndividus(agentDe(ctx), q) };
      }),
    creerIndividu: (ctx: Ctx) =>
      repondre(
        ctx,
        async () => {
          const corps = validerSaisie(corpsIndividu, ctx.request.body);
          return { data: await plugin().service('creationAgent').creerIndividu(agentDe(ctx), corps) };
        },
        201,
      ),
    creerDossier: (ctx: Ctx) =>
      repondre(
        ctx,
        async () => {
          const corps = valider(corpsCreationDossier, ctx.request.body);
          return { data: await plugin().service('creationAgent').creerDossier(agentDe(ctx), corps) };
        },
        201,
      ),
  };
};
