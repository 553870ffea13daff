/**
 * Test builders: a realistic guide (dépôt → instruction → décision) and dossiers placed in it, so that each test
 * states only what it is about. Not exported from index.ts: production code never builds guides by hand.
 */
import type { Acteur, DossierInstruction } from '../dossier';
import { trouverStatut, type Guide } from '../guide';

export function unGuide(surcharges: Partial<Guide> = {}): Guide {
  return {
    statutDepot: 'recu',
    etapes: [
      {
        code: 'depot',
        libelle: 'Dépôt',
        statuts: [
          {
            code: 'recu',
            libelle: 'Reçu',
            visibleUsager: true,
            cloture: false,
            transitions: [{ vers: 'en_instruction', libelle: 'Prendre en charge' }, { vers: 'irrecevable' }],
            actions: [{ type: 'courriel', modele: 'accuse_reception', destinataires: ['usager'] }],
          },
        ],
      },
      {
        code: 'instruction',
        libelle: 'Instruction',
        aide: 'Vérifiez les justificatifs avant de présenter le dossier en commission.',
        statuts: [
          {
            code: 'en_instruction',
            libelle: 'En instruction',
            visibleUsager: true,
            cloture: false,
            transitions: [
              { vers: 'incomplet', libelle: 'Demander des compléments' },
              { vers: 'attente_commission', libelle: 'Présenter en commission' },
              { vers: 'refuse' },
            ],
            actions: [],
          },
          {
            code: 'incomplet',
            libelle: 'Incomplet',
            visibleUsager: true,
            cloture: false,
            transitions: [{ vers: 'en_instruction', libelle: 'Reprendre l’instruction' }],
            actions: [{ type: 'courriel', modele: 'demande_complements', destinataires: ['usager'] }],
          },
          {
            code: 'attente_commission',
            libelle: 'En attente de commission',
            visibleUsager: false,
            cloture: false,
            transitions: [{ vers: 'accepte' }, { vers: 'refuse' }],
            actions: [],
          },
        ],
      },
      {
        code: 'decision',
        libelle: 'Décision',
        statuts: [
          {
            code: 'accepte',
            libelle: 'Accepté',
            visibleUsager: true,
            cloture: true,
            transitions: [],
            actions: [
              { type: 'document', modele: 'arrete_attribution', nomFichier: 'arrete-attribution.pdf' },
              { type: 'courriel', modele: 'notification_accord', destinataires: ['usager'] },
            ],
          },
          {
            code: 'refuse',
            libelle: 'Refusé',
            visibleUsager: true,
            cloture: true,
            transitions: [],
            actions: [{ type: 'courriel', modele: 'notification_refus', destinataires: ['usager'] }],
          },
          {
            code: 'irrecevable',
            libelle: 'Irrecevable',
            visibleUsager: true,
            cloture: true,
            transitions: [],
            actions: [],
          },
        ],
      },
    ],
    ...surcharges,
  };
}

export function unDossier(surcharges: Partial<DossierInstruction> = {}): DossierInstruction {
  return { id: 42, numero: '2026-000042', etat: 'brouillon', statut: null, etape: null, version: 3, ...surcharges };
}

/** A submitted dossier at `statut`, with the étape and état the guide implies. */
export function unDossierAuStatut(
  statut: string,
  surcharges: Partial<DossierInstruction> = {},
  guide: Guide = unGuide(),
): DossierInstruction {
  const trouve = trouverStatut(guide, statut);
  if (!trouve) throw new Error(`statut absent du guide de test : ${statut}`);
  return unDossier({
    etat: trouve.statut.cloture ? 'cloture' : 'depose',
    statut,
    etape: trouve.etape.code,
    ...surcharges,
  });
}

export const unUsager = (): Acteur => ({ type: 'usager', id: 7, nom: 'Camille Martin' });
export const unAgent = (): Acteur => ({ type: 'agent', id: 3, nom: 'Sam Bernard' });
export const leSysteme = (): Acteur => ({ type: 'systeme', id: 0 });

/** Messages carry no-break spaces; tests read better with plain ones. */
export function lisible(texte: string): string {
  return texte.replace(/[\u00A0\u202F]/g, ' ');
}

/** A deep copy for plain data (structuredClone is not in the domain's ES-only lib). */
export function copie<T>(valeur: T): T {
  return JSON.parse(JSON.stringify(valeur)) as T;
}
