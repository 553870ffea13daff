import type { Readable } from 'node:stream';
import type { DestinataireCourriel } from '../../../../domain';
import { listerPieces } from '../../repositories/pieces';
import { courrielAgentAffecte, courrielUsager } from './destinataires';
import { noterNonExecute } from './trace';
import { type ContexteEffet, DestinataireIndisponible, EchecAction, type Executeur } from './types';
import { variablesModeles } from './variables';

/** Most mail servers refuse messages beyond 10 to 25 MB (base64 adds a third): stay well below. */
const TAILLE_PIECES_JOINTES_MAX = 10 * 1024 * 1024;

interface PieceJointe {
  nom: string;
  contenu: Buffer;
  type: string;
}

async function adresseDe(ctx: ContexteEffet, d: DestinataireCourriel): Promise<string> {
  if (d === 'usager') return courrielUsager(ctx);
  if (d === 'agent_affecte') return courrielAgentAffecte(ctx);
  return d.adresse;
}

async function lireTout(flux: Readable): Promise<Buffer> {
  const morceaux: Buffer[] = [];
  for await (const morceau of flux) morceaux.push(Buffer.from(morceau as Buffer));
  return Buffer.concat(morceaux);
}

/** The citizen's justificatifs (not the generated letters), read from private storage. */
async function justificatifs(ctx: ContexteEffet): Promise<PieceJointe[]> {
  const pieces = (await listerPieces(ctx.strapi.db.connection, ctx.dossier.id)).filter(
    (p) => p.nature === 'justificatif',
  );
  const total = pieces.reduce((somme, p) => somme + p.taille, 0);
  if (total > TAILLE_PIECES_JOINTES_MAX) {
    throw new EchecAction(
      `Les justificatifs du dossier pèsent ${Math.ceil(total / 1024 / 1024)} Mo : trop pour un courriel (10 Mo au ` +
        'plus). Retirez l’option « joindre les justificatifs » de cette action.',
    );
  }
  const stockage = ctx.strapi.plugin('instruction').service('stockage');
  const jointes: PieceJointe[] = [];
  for (const p of pieces) jointes.push({ nom: p.nom, type: p.type, contenu: await lireTout(stockage.lire(p.chemin)) });
  return jointes;
}

/**
 * One message per recipient: the citizen never sees the agent's address, nor the other way round. Everything that
 * can fail for good (addresses, attachments) is resolved before the first message leaves, so that such a failure
 * never sends half the messages. A recipient that does not exist (no agent assigned) is skipped and the skip is
 * journaled: the others get their message and the row is delivered.
 * At least once: a retry after a mail server failure in the middle of the list sends the first messages again.
 */
export const executerCourriel: Executeur<'courriel'> = async (effet, ctx) => {
  const adresses: string[] = [];
  const ignores: string[] = [];
  for (const destinataire of effet.destinataires) {
    try {
      adresses.push(await adresseDe(ctx, destinataire));
    } catch (erreur) {
      if (!(erreur instanceof DestinataireIndisponible)) throw erreur;
      ignores.push(erreur.message);
    }
  }
  const variables = await variablesModeles(ctx);
  const piecesJointes = effet.joindreJustificatifs && adresses.length > 0 ? await justificatifs(ctx) : [];
  if (ignores.length > 0) await noterNonExecute(ctx, ignores.join(' '));
  const courriels = ctx.strapi.plugin('editique').service('courriels');
  for (const a of new Set(adresses)) {
    await courriels.envoyer({ modeleCode: effet.modele, a: [a], variables, piecesJointes });
  }
};
