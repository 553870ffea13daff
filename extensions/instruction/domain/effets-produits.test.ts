import type { DossierInstruction } from './dossier';
import { effetsDuStatut, type Effet } from './effet';
import { leSysteme, unAgent, unDossier, unUsager } from './testing/builders';
import { auStatutRiche, unGuideRiche } from './testing/guide-riche';
import { transition } from './transition';

const NOW = new Date('2026-03-14T09:30:00.000Z');
const guide = unGuideRiche();
const tag = { dossierId: 42 };

function effets(dossier: DossierInstruction, vers: string | null): Effet[] {
  const evenement = vers === null ? { type: 'deposer' as const } : { type: 'changer_statut' as const, vers };
  const acteur = vers === null ? unUsager() : unAgent();
  const resultat = transition(guide, dossier, evenement, { now: NOW, acteur, droits: ['instruire', 'decider'] });
  if (!resultat.ok) throw new Error(resultat.error.message);
  return resultat.value.effets;
}

describe('actions produced: one effect per action, in the statut’s order, nothing run', () => {
  it.each<[string, DossierInstruction, string | null, Effet[]]>([
    [
      'submission: acknowledgement, assignment by territoire, duplicate detection',
      unDossier(),
      null,
      [
        { type: 'courriel', ordre: 0, ...tag, modele: 'accuse_reception', destinataires: ['usager'] },
        { type: 'affecter', ordre: 1, ...tag, mode: 'territoire' },
        { type: 'detecter_doublon', ordre: 2, ...tag, critere: 'demandeur', statutSiDoublon: 'doublon' },
      ],
    ],
    [
      'taking in hand opens the conversation',
      auStatutRiche('recu'),
      'en_instruction',
      [{ type: 'conversation', ordre: 0, ...tag, etat: 'ouverte' }],
    ],
    [
      'asking for a justificatif, then telling the citizen and the assigned agent',
      auStatutRiche('en_instruction'),
      'incomplet',
      [
        { type: 'demander_justificatif', ordre: 0, ...tag, typeDocument: 'rib', message: 'Merci de joindre un RIB.' },
        {
          type: 'courriel',
          ordre: 1,
          ...tag,
          modele: 'demande_complements',
          destinataires: ['usager', 'agent_affecte'],
        },
      ],
    ],
    [
      'the skip is applied by the engine, not sent out: its position stays free in the numbering',
      auStatutRiche('en_instruction'),
      'dispense_commission',
      [
        { type: 'modifier_champs', ordre: 0, ...tag, champs: [{ champ: 'passage_commission', valeur: false }] },
        { type: 'sms', ordre: 2, ...tag, modele: 'dossier_avance', destinataires: ['usager'] },
      ],
    ],
    [
      'an onglet becomes editable for the agents',
      auStatutRiche('en_instruction'),
      'attente_commission',
      [{ type: 'onglet', ordre: 0, ...tag, onglet: 'avis_commission', vue: 'agent', etat: 'modifiable' }],
    ],
    [
      'acceptance: the letter, then the email with the justificatifs, then the profil',
      auStatutRiche('attente_commission'),
      'accepte',
      [
        { type: 'document', ordre: 0, ...tag, modele: 'arrete_attribution', nomFichier: 'arrete.pdf' },
        {
          type: 'courriel',
          ordre: 1,
          ...tag,
          modele: 'notification_accord',
          destinataires: ['usager'],
          joindreJustificatifs: true,
        },
        { type: 'creer_profil', ordre: 2, ...tag, correspondances: { siret: 'siret', raison_sociale: 'nom' } },
      ],
    ],
    [
      'refusal: email to the citizen and a fixed address, then the signed webhook (secret by name)',
      auStatutRiche('attente_commission'),
      'refuse',
      [
        {
          type: 'courriel',
          ordre: 0,
          ...tag,
          modele: 'notification_refus',
          destinataires: ['usager', { adresse: 'elus@example.fr' }],
        },
        {
          type: 'webhook',
          ordre: 1,
          ...tag,
          url: 'https://partenaire.example.fr/guichet',
          secret: 'WEBHOOK_SECRET_PARTENAIRE',
        },
      ],
    ],
    [
      'payment: the parent dossier moves, the conversation closes',
      auStatutRiche('accepte'),
      'paye',
      [
        { type: 'statut_dossier_lie', ordre: 0, ...tag, lien: 'parent', statut: 'solde' },
        { type: 'conversation', ordre: 1, ...tag, etat: 'fermee' },
      ],
    ],
    ['a statut without actions', auStatutRiche('en_instruction'), 'suspendu', []],
  ])('%s', (_cas, dossier, vers, attendu) => {
    expect(effets(dossier, vers)).toEqual(attendu);
  });

  it('gives the same effects to a connector (acteur systeme)', () => {
    const resultat = transition(
      guide,
      auStatutRiche('recu'),
      { type: 'changer_statut', vers: 'doublon' },
      {
        now: NOW,
        acteur: leSysteme(),
      },
    );
    expect(resultat.ok && resultat.value.effets).toEqual([]);
  });

  it('effects are copies: changing one never changes the guide (the outbox serialises them later)', () => {
    const avant = JSON.stringify(guide);
    for (const effet of effets(auStatutRiche('attente_commission'), 'refuse')) {
      if (effet.type === 'courriel') {
        effet.destinataires.push('agent_affecte');
        const adresse = effet.destinataires[1];
        if (typeof adresse === 'object') adresse.adresse = 'pirate@example.fr';
      }
    }
    expect(JSON.stringify(guide)).toBe(avant);
  });

  it('ordre is the action’s position: increasing and unique, so outbox keys (history line : ordre) never collide', () => {
    for (const statut of guide.etapes.flatMap((e) => e.statuts)) {
      const ordres = effetsDuStatut(statut, 42).map((e) => e.ordre);
      expect(ordres).toEqual([...new Set(ordres)].sort((a, b) => a - b));
      ordres.forEach((ordre) => expect(statut.actions[ordre]?.type).not.toBe('sauter_etapes'));
    }
  });
});
