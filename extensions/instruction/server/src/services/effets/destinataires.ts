/** Who an email or an SMS goes to: the citizen, the agent the dossier is assigned to, or a fixed address. */
import { TABLE } from '../../constants';
import { chargerFormulaire, chargerUsager } from './variables';
import { type ContexteEffet, DestinataireIndisponible, EchecAction } from './types';

/** Overseas prefixes after the 0 (see @guichet/formulaires telephone.ts). */
const PREFIXES_OUTREMER = [
  '590',
  '690',
  '691',
  '594',
  '694',
  '596',
  '696',
  '697',
  '262',
  '263',
  '269',
  '639',
  '692',
  '693',
  '508',
];

/**
 * E.164 or null. Telephone fields without a mask already store E.164; a French national number (tiers typed by an
 * agent) gets +33, except overseas ones (0590…, 0692…: their code is not +33), refused rather than misrouted.
 */
export function versE164(saisie: string): string | null {
  const compact = saisie.replace(/[\s.\-()]/g, '').replace(/^00/, '+');
  if (/^\+[1-9]\d{7,14}$/.test(compact)) return compact;
  const national = /^0([1-9]\d{8})$/.exec(compact);
  if (!national || PREFIXES_OUTREMER.includes(national[1]!.slice(0, 3))) return null;
  return `+33${national[1]}`;
}

const sansAgent = (canal: string) =>
  new DestinataireIndisponible(
    `Aucun agent n’est affecté au dossier : ${canal} prévu pour l’agent affecté n’a pas été envoyé.`,
  );

export async function courrielUsager(ctx: ContexteEffet): Promise<string> {
  const usager = await chargerUsager(ctx);
  if (!usager?.email) throw new EchecAction('Le compte de l’usager n’a pas d’adresse électronique.');
  return usager.email;
}

/** The assigned agent's address (their admin account); none assigned, or the account gone → skipped and journaled. */
export async function courrielAgentAffecte(ctx: ContexteEffet): Promise<string> {
  const { agentId } = ctx.dossier;
  if (agentId === null) throw sansAgent('le courriel');
  const agent = (await ctx.strapi.db.query('admin::user').findOne({ where: { id: agentId } })) as {
    email?: string;
    isActive?: boolean;
  } | null;
  if (!agent?.email || agent.isActive === false) {
    throw new DestinataireIndisponible('Le compte de l’agent affecté au dossier est introuvable ou désactivé.');
  }
  return agent.email;
}

/**
 * The citizen's mobile number in E.164: the first telephone field of the dossier that holds a number, otherwise the
 * telephone of the individu the dossier is about, otherwise the individu of the citizen's account.
 */
export async function telephoneUsager(ctx: ContexteEffet): Promise<string> {
  const { dossier, strapi } = ctx;
  const { modele } = await chargerFormulaire(ctx);
  for (const champ of modele.champs) {
    const valeur = dossier.donnees[champ.code];
    if (champ.type !== 'telephone' || typeof valeur !== 'string') continue;
    const numero = versE164(valeur);
    if (numero) return numero;
  }
  const knex = strapi.db.connection;
  const individu =
    (dossier.individuId !== null
      ? await knex(TABLE.individus).select('telephone').where({ id: dossier.individuId }).first()
      : undefined) ??
    (await knex(TABLE.individus).select('telephone').where({ usager_id: dossier.usagerId }).orderBy('id').first());
  const numero = typeof individu?.telephone === 'string' ? versE164(individu.telephone) : null;
  if (!numero)
    throw new DestinataireIndisponible('Aucun numéro de téléphone valide n’est connu pour l’usager de ce dossier.');
  return numero;
}

/** Agents' accounts carry no telephone number: an SMS to the assigned agent cannot be sent (yet). */
export async function telephoneAgentAffecte(ctx: ContexteEffet): Promise<string> {
  if (ctx.dossier.agentId === null) throw sansAgent('le SMS');
  throw new DestinataireIndisponible(
    'Les comptes des agents n’ont pas de numéro de téléphone : le SMS prévu pour l’agent affecté n’a pas été envoyé.',
  );
}
