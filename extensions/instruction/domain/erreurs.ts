/**
 * Refusals of the instruction engine. The code is stable (the adapter maps it to an HTTP status, tests match on it);
 * the French message is shown as is to the agent or the citizen.
 */
import type { DossierInstruction } from './dossier';
import type { Droit, Statut } from './guide';

export type CodeErreurDomaine =
  | 'TRANSITION_NON_AUTORISEE'
  | 'STATUT_INCONNU'
  | 'DOSSIER_NON_DEPOSE'
  | 'DOSSIER_CLOTURE'
  | 'DEJA_DEPOSE'
  | 'ACTEUR_NON_AUTORISE'
  /** The agent lacks the right the transition (or the correction) requires. */
  | 'DROITS_INSUFFISANTS'
  /** The target statut is hidden from agents: only connectors put dossiers there. */
  | 'STATUT_RESERVE_CONNECTEURS'
  | 'MOTIF_OBLIGATOIRE'
  | 'CORRECTION_SANS_CHANGEMENT'
  /** Bulk: the same dossier twice in one selection (the second would fail its version check anyway). */
  | 'DOSSIER_EN_DOUBLE';

export interface ErreurDomaine {
  code: CodeErreurDomaine;
  message: string;
}

const guillemets = (texte: string): string => `«\u00A0${texte}\u00A0»`;
const LIBELLES_DROIT: Record<Droit, string> = { instruire: 'instruire', decider: 'décider' };
const droitsLisibles = (droits: readonly Droit[]): string =>
  droits.map((droit) => guillemets(LIBELLES_DROIT[droit])).join(' ou ');

export const erreurs = {
  dejaDepose: (dossier: DossierInstruction): ErreurDomaine => ({
    code: 'DEJA_DEPOSE',
    message: `Le dossier ${dossier.numero} a déjà été déposé.`,
  }),
  deposeParAutreQueUsager: (dossier: DossierInstruction): ErreurDomaine => ({
    code: 'ACTEUR_NON_AUTORISE',
    message: `Seul l’usager peut déposer le dossier ${dossier.numero}.`,
  }),
  changementParUsager: (dossier: DossierInstruction): ErreurDomaine => ({
    code: 'ACTEUR_NON_AUTORISE',
    message: `Seul un agent peut changer le statut du dossier ${dossier.numero}.`,
  }),
  nonDepose: (dossier: DossierInstruction): ErreurDomaine => ({
    code: 'DOSSIER_NON_DEPOSE',
    message: `Le dossier ${dossier.numero} n’a pas encore été déposé : son statut ne peut pas changer.`,
  }),
  cloture: (dossier: DossierInstruction): ErreurDomaine => ({
    code: 'DOSSIER_CLOTURE',
    message: `Le dossier ${dossier.numero} est clôturé : son statut ne peut plus changer.`,
  }),
  statutInconnu: (code: string): ErreurDomaine => ({
    code: 'STATUT_INCONNU',
    message: `Le statut ${guillemets(code)} n’existe pas dans le guide d’instruction.`,
  }),
  /** The guide was edited and the dossier's current statut removed: an administrator must repair the guide. */
  statutCourantInconnu: (dossier: DossierInstruction): ErreurDomaine => ({
    code: 'STATUT_INCONNU',
    message: `Le statut actuel du dossier ${dossier.numero} (${guillemets(dossier.statut ?? '')}) n’existe plus dans le guide d’instruction. Contactez l’administrateur du dispositif.`,
  }),
  transitionNonAutorisee: (dossier: DossierInstruction, de: Statut, vers: Statut): ErreurDomaine => ({
    code: 'TRANSITION_NON_AUTORISEE',
    message: `Le dossier ${dossier.numero} ne peut pas passer du statut ${guillemets(de.libelle)} au statut ${guillemets(vers.libelle)}.`,
  }),
  droitsInsuffisants: (dossier: DossierInstruction, vers: Statut, requis: readonly Droit[]): ErreurDomaine => ({
    code: 'DROITS_INSUFFISANTS',
    message: `Passer le dossier ${dossier.numero} au statut ${guillemets(vers.libelle)} demande le droit ${droitsLisibles(requis)} sur ce dispositif.`,
  }),
  reserveConnecteurs: (dossier: DossierInstruction, vers: Statut): ErreurDomaine => ({
    code: 'STATUT_RESERVE_CONNECTEURS',
    message: `Le statut ${guillemets(vers.libelle)} est réservé aux connecteurs : un agent ne peut pas y placer le dossier ${dossier.numero}.`,
  }),
  correctionParAutreQuAgent: (dossier: DossierInstruction): ErreurDomaine => ({
    code: 'ACTEUR_NON_AUTORISE',
    message: `Seul un agent peut corriger le dossier ${dossier.numero}.`,
  }),
  correctionSansDroit: (dossier: DossierInstruction): ErreurDomaine => ({
    code: 'DROITS_INSUFFISANTS',
    message: `Corriger le dossier ${dossier.numero} demande le droit ${droitsLisibles(['decider'])} sur ce dispositif.`,
  }),
  motifObligatoire: (dossier: DossierInstruction): ErreurDomaine => ({
    code: 'MOTIF_OBLIGATOIRE',
    message: `Indiquez le motif de la correction du dossier ${dossier.numero} : il figure dans son historique.`,
  }),
  correctionSansChangement: (dossier: DossierInstruction, statut: Statut): ErreurDomaine => ({
    code: 'CORRECTION_SANS_CHANGEMENT',
    message: `Le dossier ${dossier.numero} est déjà au statut ${guillemets(statut.libelle)}, à cette étape : la correction ne change rien.`,
  }),
  dossierEnDouble: (dossier: DossierInstruction): ErreurDomaine => ({
    code: 'DOSSIER_EN_DOUBLE',
    message: `Le dossier ${dossier.numero} figure plusieurs fois dans la sélection : il n’est traité qu’une fois.`,
  }),
} as const;
