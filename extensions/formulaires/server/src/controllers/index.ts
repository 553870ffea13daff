/**
 * Admin controllers: validate the request's shape (zod, 400) → call the service (which validates the content with the
 * domain: 422, compares revisions: 409) → answer. The RBAC action is checked by the route's policy.
 */
import type { Core } from '@strapi/strapi';
import { repondre } from '../erreurs';
import { erreurs } from '../messages';
import * as r from '../validation/requetes';
import { valider } from '../validation/valider';
import type { Administrateur } from '../services/modeles';

// Koa's context as far as our controllers read it.
interface Ctx {
  params: Record<string, string>;
  query: Record<string, unknown>;
  request: { body?: unknown };
  state: { user?: { id: number; firstname?: string | null; lastname?: string | null; email?: string } };
  status: number;
  body: unknown;
  set(nom: string, valeur: string): void;
}

const administrateur = (ctx: Ctx): Administrateur => {
  const u = ctx.state.user!;
  const nom = [u.firstname, u.lastname].filter(Boolean).join(' ');
  return { id: Number(u.id), nom: nom || u.email || `#${u.id}` };
};

/** An id that is not a positive integer names nothing: 404 like an unknown one. */
const id = (ctx: Ctx, erreur: () => Error) => {
  const lu = r.identifiant.safeParse(ctx.params.id);
  if (!lu.success) throw erreur();
  return lu.data;
};

const modeles = ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => strapi.plugin('formulaires').service('modeles');
  const idModele = (ctx: Ctx) => id(ctx, erreurs.modeleIntrouvable);
  return {
    lister: (ctx: Ctx) =>
      repondre(ctx, async () => {
        valider(r.requeteVide, ctx.query);
        return { data: await service().lister() };
      }),
    detail: (ctx: Ctx) => repondre(ctx, async () => ({ data: await service().detail(idModele(ctx)) })),
    creer: (ctx: Ctx) =>
      repondre(ctx, async () => ({ data: await service().creer(valider(r.creationModele, ctx.request.body)) }), 201),
    enregistrerContenu: (ctx: Ctx) =>
      repondre(ctx, async () => {
        const modeleId = idModele(ctx);
        const corps = valider(r.enregistrementContenu, ctx.request.body);
        return { data: await service().enregistrerContenu(modeleId, corps) };
      }),
    enregistrerChamps: (ctx: Ctx) =>
      repondre(ctx, async () => {
        const modeleId = idModele(ctx);
        const corps = valider(r.enregistrementChamps, ctx.request.body);
        return { data: await service().enregistrerChamps(modeleId, corps) };
      }),
    enregistrerVue: (ctx: Ctx) =>
      repondre(ctx, async () => {
        const modeleId = idModele(ctx);
        const vue = valider(r.vue, ctx.params.vue);
        const corps = valider(r.enregistrementVue, ctx.request.body);
        return { data: await service().enregistrerVue(modeleId, vue, corps) };
      }),
    publier: (ctx: Ctx) =>
      repondre(
        ctx,
        async () => {
          const modeleId = idModele(ctx);
          const corps = valider(r.publication, ctx.request.body);
          return { data: await service().publier(modeleId, corps, administrateur(ctx)) };
        },
        201,
      ),
    version: (ctx: Ctx) =>
      repondre(ctx, async () => {
        const modeleId = idModele(ctx);
        const numero = r.identifiant.safeParse(ctx.params.numero);
        if (!numero.success) throw erreurs.versionIntrouvable();
        return { data: await service().version(modeleId, numero.data) };
      }),
    difference: (ctx: Ctx) =>
      repondre(ctx, async () => {
        const modeleId = idModele(ctx);
        const { de, a } = valider(r.requeteDifference, ctx.query);
        return { data: await service().difference(modeleId, de, a) };
      }),
    exporter: (ctx: Ctx) =>
      repondre(ctx, async () => {
        const modeleId = idModele(ctx);
        const { version } = valider(r.requeteExport, ctx.query);
        const { nom, texte } = await service().exporter(modeleId, version);
        ctx.set('Content-Type', 'application/json; charset=utf-8');
        ctx.set('Content-Disposition', `attachment; filename="${nom}"`);
        ctx.set('X-Content-Type-Options', 'nosniff');
        ctx.set('Cache-Control', 'private, no-store');
        return texte;
      }),
    importer: (ctx: Ctx) =>
      repondre(ctx, async () => service().importer(valider(r.importation, ctx.request.body).document), 201),
    schema: (ctx: Ctx) =>
      repondre(ctx, async () => {
        valider(r.requeteVide, ctx.query);
        ctx.set('Content-Type', 'application/schema+json; charset=utf-8');
        return service().schema();
      }),
  };
};

const referentiels = ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => strapi.plugin('formulaires').service('referentiels');
  const idEntree = (ctx: Ctx) => id(ctx, erreurs.entreeIntrouvable);
  const idListe = (ctx: Ctx) => id(ctx, erreurs.referentielIntrouvable);
  return {
    listerEntrees: (ctx: Ctx) =>
      repondre(ctx, async () => ({ data: await service().listerEntrees(valider(r.requeteEntrees, ctx.query)) })),
    creerEntree: (ctx: Ctx) =>
      repondre(ctx, async () => ({ data: await service().creerEntree(valider(r.corpsEntree, ctx.request.body)) }), 201),
    modifierEntree: (ctx: Ctx) =>
      repondre(ctx, async () => {
        const entreeId = idEntree(ctx);
        return { data: await service().modifierEntree(entreeId, valider(r.corpsEntree, ctx.request.body)) };
      }),
    supprimerEntree: (ctx: Ctx) =>
      repondre(
        ctx,
        async () => {
          await service().supprimerEntree(idEntree(ctx));
          return null;
        },
        204,
      ),
    listerListes: (ctx: Ctx) =>
      repondre(ctx, async () => {
        valider(r.requeteVide, ctx.query);
        return { data: await service().listerListes() };
      }),
    creerListe: (ctx: Ctx) =>
      repondre(
        ctx,
        async () => ({ data: await service().creerListe(valider(r.creationListe, ctx.request.body)) }),
        201,
      ),
    modifierListe: (ctx: Ctx) =>
      repondre(ctx, async () => {
        const listeId = idListe(ctx);
        return { data: await service().modifierListe(listeId, valider(r.modificationListe, ctx.request.body)) };
      }),
  };
};

export default { modeles, referentiels };
