/** The rich test guide: every option of the guide configuration, for the engine's newer features. */
import type { DossierInstruction } from '../dossier';
import type { Guide, Statut } from '../guide';
import { unDossierAuStatut } from './builders';

/**
 * A guide using every option: délais, rights, a statut reserved to connectors, a side statut that does not advance
 * the ligne de vie, a skip over the commission, and most action types.
 *
 *   depot (5 j ouvrés)     recu → en_instruction | irrecevable [decider] | doublon (masqué, connecteurs)
 *                          doublon → en_instruction
 *   instruction (30 j)     en_instruction → incomplet | attente_commission | dispense_commission [decider]
 *                                          | suspendu | refuse [decider]
 *                          incomplet (n’avance pas) → en_instruction
 *                          dispense_commission (saute à decision) → accepte [decider] | refuse [decider]
 *   commission (10 j ouvrés) attente_commission → accepte [decider] | refuse [decider] | en_instruction
 *   decision               accepte → paye [instruire, decider] · refuse (clôture) · irrecevable (clôture)
 *                          suspendu (n’avance pas) → en_instruction
 *   paiement               paye (clôture)
 */
export function unGuideRiche(): Guide {
  const statut = (code: string, libelle: string, autres: Partial<Statut> = {}): Statut => ({
    code,
    libelle,
    visibleUsager: true,
    cloture: false,
    transitions: [],
    actions: [],
    ...autres,
  });
  const decider = (vers: string, libelle?: string) => ({
    vers,
    droits: ['decider' as const],
    ...(libelle ? { libelle } : {}),
  });
  return {
    statutDepot: 'recu',
    etapes: [
      {
        code: 'depot',
        libelle: 'Dépôt',
        delai: { jours: 5, ouvres: true },
        statuts: [
          statut('recu', 'Reçu', {
            couleur: '#1F6FEB',
            icone: 'courriel',
            transitions: [
              { vers: 'en_instruction', libelle: 'Prendre en charge' },
              decider('irrecevable'),
              { vers: 'doublon' },
            ],
            actions: [
              { type: 'courriel', modele: 'accuse_reception', destinataires: ['usager'] },
              { type: 'affecter', mode: 'territoire' },
              { type: 'detecter_doublon', critere: 'demandeur', statutSiDoublon: 'doublon' },
            ],
          }),
          statut('doublon', 'Doublon détecté', {
            masqueAgents: true,
            visibleUsager: false,
            transitions: [{ vers: 'en_instruction' }],
          }),
        ],
      },
      {
        code: 'instruction',
        libelle: 'Instruction',
        aide: 'Vérifiez les justificatifs.',
        delai: { jours: 30, ouvres: false },
        statuts: [
          statut('en_instruction', 'En instruction', {
            transitions: [
              { vers: 'incomplet', libelle: 'Demander des compléments' },
              { vers: 'attente_commission', libelle: 'Présenter en commission' },
              decider('dispense_commission', 'Dispenser de commission'),
              { vers: 'suspendu' },
              decider('refuse'),
            ],
            actions: [{ type: 'conversation', etat: 'ouverte' }],
          }),
          statut('incomplet', 'Incomplet', {
            avanceLigneDeVie: false,
            transitions: [{ vers: 'en_instruction', libelle: 'Reprendre l’instruction' }],
            actions: [
              { type: 'demander_justificatif', typeDocument: 'rib', message: 'Merci de joindre un RIB.' },
              { type: 'courriel', modele: 'demande_complements', destinataires: ['usager', 'agent_affecte'] },
            ],
          }),
          statut('dispense_commission', 'Dispensé de commission', {
            visibleUsager: false,
            transitions: [decider('accepte'), decider('refuse')],
            actions: [
              { type: 'modifier_champs', champs: [{ champ: 'passage_commission', valeur: false }] },
              { type: 'sauter_etapes', vers: 'decision' },
              { type: 'sms', modele: 'dossier_avance', destinataires: ['usager'] },
            ],
          }),
        ],
      },
      {
        code: 'commission',
        libelle: 'Commission',
        delai: { jours: 10, ouvres: true },
        statuts: [
          statut('attente_commission', 'En attente de commission', {
            visibleUsager: false,
            transitions: [
              decider('accepte'),
              decider('refuse'),
              { vers: 'en_instruction', libelle: 'Renvoyer en instruction' },
            ],
            actions: [{ type: 'onglet', onglet: 'avis_commission', vue: 'agent', etat: 'modifiable' }],
          }),
        ],
      },
      {
        code: 'decision',
        libelle: 'Décision',
        statuts: [
          statut('accepte', 'Accepté', {
            icone: 'validation',
            transitions: [{ vers: 'paye', droits: ['instruire', 'decider'] }],
            actions: [
              { type: 'document', modele: 'arrete_attribution', nomFichier: 'arrete.pdf' },
              {
                type: 'courriel',
                modele: 'notification_accord',
                destinataires: ['usager'],
                joindreJustificatifs: true,
              },
              { type: 'creer_profil', correspondances: { siret: 'siret', raison_sociale: 'nom' } },
            ],
          }),
          statut('refuse', 'Refusé', {
            cloture: true,
            icone: 'refus',
            actions: [
              {
                type: 'courriel',
                modele: 'notification_refus',
                destinataires: ['usager', { adresse: 'elus@example.fr' }],
              },
              { type: 'webhook', url: 'https://partenaire.example.fr/guichet', secret: 'WEBHOOK_SECRET_PARTENAIRE' },
            ],
          }),
          statut('irrecevable', 'Irrecevable', { cloture: true }),
          statut('suspendu', 'Suspendu', {
            avanceLigneDeVie: false,
            icone: 'pause',
            transitions: [{ vers: 'en_instruction', libelle: 'Reprendre' }],
          }),
        ],
      },
      {
        code: 'paiement',
        libelle: 'Paiement',
        statuts: [
          statut('paye', 'Payé', {
            cloture: true,
            actions: [
              { type: 'statut_dossier_lie', lien: 'parent', statut: 'solde' },
              { type: 'conversation', etat: 'fermee' },
            ],
          }),
        ],
      },
    ],
  };
}

/** A submitted dossier at `statut` of the rich guide (unGuideRiche). */
export function auStatutRiche(statut: string, surcharges: Partial<DossierInstruction> = {}): DossierInstruction {
  return unDossierAuStatut(statut, surcharges, unGuideRiche());
}
