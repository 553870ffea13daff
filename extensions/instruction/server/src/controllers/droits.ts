import type { Core } from '@strapi/strapi';
import { ErreurGuichet, repondre } from '../erreurs';
import {
  corpsAgent,
  corpsCellule,
  corpsCommunes,
  corpsMatrice,
  corpsProfil,
  corpsSecteur,
  corpsTerritoire,
  corpsTypeTerritoire,
  idChemin,
} from '../validation/droits';
import { valider } from '../validation/valider';
import type { Ctx } from './contexte';

/** An id from the path; a malformed one is as unknown as an absent one. */
function idOu404(valeur: unknown): number {
  const r = idChemin.safeParse(valeur);
  if (!r.success) throw new ErreurGuichet(404, 'INTROUVABLE', 'Cet élément est introuvable.');
  return r.data;
}

/** Admin controllers: profils métiers, matrice des habilitations, agents, territoires (« Configurer »). */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => strapi.plugin('instruction').service('droits');
  return {
    listerProfils: (ctx: Ctx) => repondre(ctx, async () => ({ data: await service().listerProfils() })),
    creerProfil: (ctx: Ctx) =>
      repondre(ctx, async () => ({ data: await service().creerProfil(valider(corpsProfil, ctx.request.body)) }), 201),
    modifierProfil: (ctx: Ctx) =>
      repondre(ctx, async () => {
        const id = idOu404(ctx.params.id);
        return { data: await service().modifierProfil(id, valider(corpsProfil, ctx.request.body)) };
      }),
    supprimerProfil: (ctx: Ctx) =>
      repondre(ctx, async () => ({ data: await service().supprimerProfil(idOu404(ctx.params.id)) })),

    matrice: (ctx: Ctx) => repondre(ctx, async () => ({ data: await service().matrice() })),
    remplacerMatrice: (ctx: Ctx) =>
      repondre(ctx, async () => {
        const corps = valider(corpsMatrice, ctx.request.body);
        return { data: await service().remplacerMatrice(corps.cellules) };
      }),
    ecrireCellule: (ctx: Ctx) =>
      repondre(ctx, async () => ({ data: await service().ecrireCellule(valider(corpsCellule, ctx.request.body)) })),
    exporterCsv: (ctx: Ctx) =>
      repondre(ctx, async () => {
        const csv: string = await service().exporterCsv();
        ctx.set('Content-Type', 'text/csv; charset=utf-8');
        ctx.set('Content-Disposition', 'attachment; filename="habilitations.csv"');
        ctx.set('X-Content-Type-Options', 'nosniff');
        return csv;
      }),

    listerAgents: (ctx: Ctx) => repondre(ctx, async () => ({ data: await service().listerAgents() })),
    modifierAgent: (ctx: Ctx) =>
      repondre(ctx, async () => {
        const id = idOu404(ctx.params.id);
        return { data: await service().modifierAgent(id, valider(corpsAgent, ctx.request.body)) };
      }),

    territoires: (ctx: Ctx) => repondre(ctx, async () => ({ data: await service().territoires() })),
    enregistrerType: (ctx: Ctx) =>
      repondre(ctx, async () => ({
        data: await service().enregistrerType(valider(corpsTypeTerritoire, ctx.request.body)),
      })),
    creerTerritoire: (ctx: Ctx) =>
      repondre(
        ctx,
        async () => ({ data: await service().enregistrerTerritoire(valider(corpsTerritoire, ctx.request.body)) }),
        201,
      ),
    modifierTerritoire: (ctx: Ctx) =>
      repondre(ctx, async () => {
        const id = idOu404(ctx.params.id);
        return { data: await service().enregistrerTerritoire(valider(corpsTerritoire, ctx.request.body), id) };
      }),
    definirCommunes: (ctx: Ctx) =>
      repondre(ctx, async () => {
        const id = idOu404(ctx.params.id);
        return { data: await service().definirCommunes(id, valider(corpsCommunes, ctx.request.body).communes) };
      }),
    creerSecteur: (ctx: Ctx) =>
      repondre(
        ctx,
        async () => ({ data: await service().enregistrerSecteur(valider(corpsSecteur, ctx.request.body)) }),
        201,
      ),
    modifierSecteur: (ctx: Ctx) =>
      repondre(ctx, async () => {
        const id = idOu404(ctx.params.id);
        return { data: await service().enregistrerSecteur(valider(corpsSecteur, ctx.request.body), id) };
      }),
  };
};
