import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { dossierIntrouvable, ErreurGuichet, repondre } from '../erreurs';
import {
  corpsCorrection,
  corpsDonnees,
  corpsTransition,
  corpsTransitionsEnMasse,
  requeteListe,
} from '../validation/agent';
import { valider } from '../validation/valider';
import { agentDe, configurateurDe, type Ctx, numeroOu404 } from './contexte';
import demandes from './demandes';
import droits from './droits';
import messages from './messages';
import operations from './operations';

/** Admin routes for agents: validate → scope (the service loads through the agent's portfolio) → answer. */
const dossiersAgent = ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => strapi.plugin('instruction').service('dossiersAgent');
  return {
    lister: (ctx: Ctx) =>
      repondre(ctx, async () => service().lister(agentDe(ctx).id, valider(requeteListe, ctx.query))),
    detail: (ctx: Ctx) =>
      repondre(ctx, async () => ({ data: await service().detail(numeroOu404(ctx.params.numero), agentDe(ctx).id) })),
    transition: (ctx: Ctx) =>
      repondre(ctx, async () => {
        const numero = numeroOu404(ctx.params.numero);
        const corps = valider(corpsTransition, ctx.request.body);
        return { data: await service().changerStatut(numero, agentDe(ctx), corps) };
      }),
    transitionsEnMasse: (ctx: Ctx) =>
      repondre(ctx, async () => {
        const corps = valider(corpsTransitionsEnMasse, ctx.request.body);
        return { data: await strapi.plugin('instruction').service('enMasse').transitionsEnMasse(agentDe(ctx), corps) };
      }),
    correction: (ctx: Ctx) =>
      repondre(ctx, async () => {
        const numero = numeroOu404(ctx.params.numero);
        const corps = valider(corpsCorrection, ctx.request.body);
        return { data: await service().corriger(numero, agentDe(ctx), corps) };
      }),
    donnees: (ctx: Ctx) =>
      repondre(ctx, async () => {
        const numero = numeroOu404(ctx.params.numero);
        const corps = valider(corpsDonnees, ctx.request.body);
        return { data: await service().modifierDonnees(numero, agentDe(ctx), corps) };
      }),
    fichier: (ctx: Ctx) =>
      repondre(ctx, async () => {
        const agent = agentDe(ctx);
        const { dossier } = await service().charger(numeroOu404(ctx.params.numero), agent.id);
        return envoyerPiece(strapi, ctx, dossier.id, Number(ctx.params.id), (piece) =>
          service().consignerLecture(dossier.id, agent, piece),
        );
      }),
  };
};

/** Streams a pièce as a download: attachment + nosniff so a browser never renders an uploaded file inline. */
export async function envoyerPiece(
  strapi: Core.Strapi,
  ctx: Ctx,
  dossierId: number,
  pieceId: number,
  avantEnvoi?: (piece: { id: number; nom: string }) => Promise<void>,
) {
  if (!Number.isInteger(pieceId) || pieceId <= 0) throw dossierIntrouvable();
  const { piece, flux } = await strapi.plugin('instruction').service('justificatifs').ouvrir(dossierId, pieceId);
  if (avantEnvoi) {
    try {
      await avantEnvoi(piece);
    } catch (erreur) {
      flux.destroy();
      throw erreur;
    }
  }
  ctx.set('Content-Type', piece.type);
  ctx.set('Content-Length', String(piece.taille));
  ctx.set(
    'Content-Disposition',
    `attachment; filename="${piece.nom.replace(/[^\w.\- ]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(piece.nom)}`,
  );
  ctx.set('X-Content-Type-Options', 'nosniff');
  ctx.set('Cache-Control', 'private, no-store');
  return flux;
}

const catalogue = ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => strapi.plugin('instruction').service('catalogue');
  return {
    lister: (ctx: Ctx) => repondre(ctx, async () => ({ data: await service().lister() })),
    detail: (ctx: Ctx) => repondre(ctx, async () => ({ data: await service().detail(String(ctx.params.slug)) })),
  };
};

const slugDispositif = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  .max(120);
const corpsGuide = z.strictObject({ document: z.unknown() });
/** The editor's save: the whole guide (the domain reads it) and the revision it was opened at. */
const corpsGuideEdite = z.strictObject({ guide: z.unknown(), revision: z.string().regex(/^[0-9a-f]{32}$/) });

/** Guide editor, export and import for administrators (« Configurer les dispositifs »). */
const guides = ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => strapi.plugin('instruction').service('guides');
  const slugOu404 = (valeur: unknown): string => {
    const r = slugDispositif.safeParse(valeur);
    if (!r.success) throw new ErreurGuichet(404, 'INTROUVABLE', 'Ce dispositif est introuvable.');
    return r.data;
  };
  return {
    exporter: (ctx: Ctx) =>
      repondre(ctx, async () => {
        const slug = slugOu404(ctx.params.slug);
        const texte = await service().exporter(slug, configurateurDe(ctx));
        ctx.set('Content-Type', 'application/json; charset=utf-8');
        ctx.set('Content-Disposition', `attachment; filename="guide-${slug}.json"`);
        return texte;
      }),
    importer: (ctx: Ctx) =>
      repondre(ctx, async () => {
        const slug = slugOu404(ctx.params.slug);
        const corps = valider(corpsGuide, ctx.request.body);
        return { data: await service().importer(slug, corps.document, configurateurDe(ctx)) };
      }),
    listerDispositifs: (ctx: Ctx) =>
      repondre(ctx, async () => ({ data: await service().listerDispositifs(configurateurDe(ctx)) })),
    lire: (ctx: Ctx) =>
      repondre(ctx, async () => ({ data: await service().lire(slugOu404(ctx.params.slug), configurateurDe(ctx)) })),
    enregistrer: (ctx: Ctx) =>
      repondre(ctx, async () => {
        const slug = slugOu404(ctx.params.slug);
        const corps = valider(corpsGuideEdite, ctx.request.body);
        return { data: await service().enregistrer(slug, corps, configurateurDe(ctx)) };
      }),
  };
};

export default { dossiersAgent, catalogue, guides, droits, operations, demandes, messages };
