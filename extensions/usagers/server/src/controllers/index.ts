import type { Core } from '@strapi/strapi';
import { TYPES_PROFIL } from '@guichet/formulaires';
import { z } from 'zod';
import { envoyerPiece } from '../../../../instruction/server/src/controllers';
import { dossierIntrouvable, ErreurGuichet, repondre } from '../../../../instruction/server/src/erreurs';
import { valider } from '../../../../instruction/server/src/validation/valider';
import demandes from './demandes';
import messages from './messages';

interface FichierFormidable {
  filepath: string;
  originalFilename?: string | null;
  size: number;
}

interface Ctx {
  params: Record<string, string>;
  query: Record<string, unknown>;
  request: {
    body?: unknown;
    files?: Record<string, FichierFormidable | FichierFormidable[]>;
    header: Record<string, string | undefined>;
  };
  state: { user?: { id: number; prenom?: string; nom?: string } };
  status: number;
  body: unknown;
  set(nom: string, valeur: string): void;
}

const corpsCreation = z.strictObject({
  dispositif: z.string().regex(/^[a-z0-9-]{1,120}$/),
  typeProfil: z.enum(TYPES_PROFIL).optional(),
  /** The id of a profil the citizen belongs to (GET /profils), to file the dossier for it. */
  profil: z.number().int().positive().max(2_147_483_647).optional(),
});
const corpsSaisie = z.strictObject({
  version: z.number().int().positive(),
  // Values are checked field by field against the model by the domain; here only the shape is bounded.
  donnees: z.record(z.string().max(100), z.unknown()).refine((d) => Object.keys(d).length <= 500, 'Trop de champs.'),
});
const corpsConnecteur = z.strictObject({ version: z.number().int().positive() });
const cleIdempotence = z.string().regex(/^[A-Za-z0-9_-]{16,128}$/);
const numeroDossier = z.string().regex(/^\d{4}-\d{6,}$/);

function numeroOu404(valeur: unknown): string {
  const r = numeroDossier.safeParse(valeur);
  if (!r.success) throw dossierIntrouvable();
  return r.data;
}

const usagerDe = (ctx: Ctx) => {
  const u = ctx.state.user;
  if (!u) throw new ErreurGuichet(401, 'NON_CONNECTE', 'Connectez-vous pour continuer.');
  return { id: Number(u.id), nom: [u.prenom, u.nom].filter(Boolean).join(' ') };
};

const session = ({ strapi }: { strapi: Core.Strapi }) => ({
  ouvrir: (ctx: Ctx) =>
    repondre(ctx, async () => {
      const entete = ctx.request.header.authorization ?? '';
      const jeton = /^Bearer ([A-Za-z0-9._~+/=-]{20,8192})$/.exec(entete)?.[1];
      const resultat = jeton ? await strapi.plugin('usagers').service('oidc').ouvrirSession(jeton) : null;
      if (!resultat)
        throw new ErreurGuichet(401, 'JETON_INVALIDE', 'Votre connexion n’a pas pu être vérifiée. Reconnectez-vous.');
      return resultat;
    }),
});

/** The citizen's dossiers. Every call is scoped to ctx.state.user by the instruction services (404 otherwise). */
const dossiers = ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => strapi.plugin('instruction').service('dossiersUsager');
  const justificatifs = () => strapi.plugin('instruction').service('justificatifs');
  return {
    lister: (ctx: Ctx) => repondre(ctx, async () => ({ data: await service().lister(usagerDe(ctx).id) })),
    profils: (ctx: Ctx) => repondre(ctx, async () => ({ data: await service().profils(usagerDe(ctx).id) })),
    creer: (ctx: Ctx) =>
      repondre(
        ctx,
        async () => {
          const corps = valider(corpsCreation, ctx.request.body);
          const usager = usagerDe(ctx).id;
          return { data: await service().creerBrouillon(corps.dispositif, usager, corps.typeProfil, corps.profil) };
        },
        201,
      ),
    detail: (ctx: Ctx) =>
      repondre(ctx, async () => ({ data: await service().detail(numeroOu404(ctx.params.numero), usagerDe(ctx).id) })),
    enregistrer: (ctx: Ctx) =>
      repondre(ctx, async () => ({
        data: await service().enregistrerBrouillon(
          numeroOu404(ctx.params.numero),
          usagerDe(ctx).id,
          valider(corpsSaisie, ctx.request.body),
        ),
      })),
    deposer: (ctx: Ctx) =>
      repondre(ctx, async () => {
        const cle = cleIdempotence.safeParse(ctx.request.header['idempotency-key']);
        if (!cle.success)
          throw new ErreurGuichet(
            400,
            'CLE_IDEMPOTENCE_REQUISE',
            'L’en-tête Idempotency-Key est requis (16 à 128 caractères).',
          );
        const corps = valider(corpsSaisie, ctx.request.body);
        return { data: await service().deposer(numeroOu404(ctx.params.numero), usagerDe(ctx), corps, cle.data) };
      }),
    /** The server calls API Particulier / API R2P for a connector field; `champ` is checked against the model. */
    remplirConnecteur: (ctx: Ctx) =>
      repondre(ctx, async () => {
        const numero = numeroOu404(ctx.params.numero);
        const usager = usagerDe(ctx);
        const corps = valider(corpsConnecteur, ctx.request.body);
        const connecteurs = strapi.plugin('instruction').service('connecteurs');
        return { data: await connecteurs.remplir(numero, usager.id, String(ctx.params.champ ?? ''), corps) };
      }),
    ajouterPiece: (ctx: Ctx) =>
      repondre(
        ctx,
        async () => {
          const numero = numeroOu404(ctx.params.numero);
          const usager = usagerDe(ctx);
          const champ = z.object({ champ: z.string().regex(/^[a-z][a-z0-9_]*$/) }).safeParse(ctx.request.body);
          const fichier = ctx.request.files?.fichier;
          if (!champ.success || !fichier || Array.isArray(fichier)) {
            throw new ErreurGuichet(
              400,
              'REQUETE_INVALIDE',
              'Envoyez un fichier (champ « fichier ») et le code du justificatif (champ « champ »).',
            );
          }
          const piece = await justificatifs().ajouter(numero, usager.id, champ.data.champ, {
            cheminTemporaire: fichier.filepath,
            nom: fichier.originalFilename ?? 'piece',
            taille: fichier.size,
          });
          return {
            data: {
              id: piece.id,
              champ: piece.champ,
              nature: piece.nature,
              nom: piece.nom,
              type: piece.type,
              taille: piece.taille,
              creeLe: piece.creeLe,
            },
          };
        },
        201,
      ),
    retirerPiece: (ctx: Ctx) =>
      repondre(
        ctx,
        async () => {
          await justificatifs().retirer(numeroOu404(ctx.params.numero), usagerDe(ctx).id, Number(ctx.params.id));
          return null;
        },
        204,
      ),
    fichier: (ctx: Ctx) =>
      repondre(ctx, async () => {
        const { dossier } = await service().charger(numeroOu404(ctx.params.numero), usagerDe(ctx).id);
        return envoyerPiece(strapi, ctx as never, dossier.id, Number(ctx.params.id));
      }),
  };
};

export default { session, dossiers, demandes, messages };
