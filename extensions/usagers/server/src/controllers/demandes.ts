import type { Core } from '@strapi/strapi';
import { idDemandeOu404 } from '../../../../instruction/server/src/controllers/demandes';
import { numeroOu404 } from '../../../../instruction/server/src/controllers/contexte';
import { ErreurGuichet, repondre } from '../../../../instruction/server/src/erreurs';

interface FichierFormidable {
  filepath: string;
  originalFilename?: string | null;
  size: number;
}

interface Ctx {
  params: Record<string, string>;
  request: { files?: Record<string, FichierFormidable | FichierFormidable[]> };
  state: { user?: { id: number; prenom?: string; nom?: string } };
  status: number;
  body: unknown;
}

/**
 * The citizen answers a justificatif request with one file (multipart, field « fichier »). formidable has already
 * bounded its size while it streamed; the service checks the magic bytes and scopes everything to this citizen.
 */
const demandes = ({ strapi }: { strapi: Core.Strapi }) => ({
  repondre: (ctx: Ctx) =>
    repondre(
      ctx,
      async () => {
        const u = ctx.state.user;
        if (!u) throw new ErreurGuichet(401, 'NON_CONNECTE', 'Connectez-vous pour continuer.');
        const usager = { id: Number(u.id), nom: [u.prenom, u.nom].filter(Boolean).join(' ') };
        const numero = numeroOu404(ctx.params.numero);
        const id = idDemandeOu404(ctx.params.id);
        const fichier = ctx.request.files?.fichier;
        if (!fichier || Array.isArray(fichier)) {
          const message = 'Choisissez un fichier à envoyer.';
          throw new ErreurGuichet(422, 'FICHIER_MANQUANT', message, {
            erreurs: [{ champ: 'fichier', code: 'FICHIER_MANQUANT', message }],
          });
        }
        const piece = await strapi
          .plugin('instruction')
          .service('demandes')
          .repondre(numero, usager, id, {
            cheminTemporaire: fichier.filepath,
            nom: fichier.originalFilename ?? 'piece',
            taille: fichier.size,
          });
        return { data: piece };
      },
      201,
    ),
});

export default demandes;
