/**
 * Refusals of the instruction engine. The code is stable (the adapter maps it to an HTTP status, tests match on it);
 * the French message is shown as is to the agent or the citizen.
 */
import type { DossierInstruction } from './dossier';
import type { Statut } from './guide';

export type CodeErreurDomaine =
  | 'TRANSITION_NON_AUTORISEE'
  | 'STATUT_INCONNU'
  | 'DOSSIER_NON_DEPOSE'
  | 'DOSSIER_CLOTURE'
  | 'DEJA_DEPOSE'
  | 'ACTEUR_NON_AUTORISE';

export interface ErreurDomaine {
  code: CodeErreurDomaine;
  message: string;
}

const guillemets = (texte: string): string => `«\u00A0${texte}\u00A0»`;

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
} as const;
