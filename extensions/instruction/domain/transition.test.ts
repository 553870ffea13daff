import type { Acteur, DossierInstruction, Evenement } from './dossier';
import type { Effet } from './effet';
import type { CodeErreurDomaine } from './erreurs';
import {
  copie,
  leSysteme,
  lisible,
  unAgent,
  unDossier,
  unDossierAuStatut,
  unGuide,
  unUsager,
} from './testing/builders';
import { transition } from './transition';

const NOW = new Date('2026-03-14T09:30:00.000Z');
const ID = 42;

const courriel = (ordre: number, modele: string): Effet => ({
  type: 'courriel',
  ordre,
  dossierId: ID,
  modele,
  destinataires: ['usager'],
});
const document = (ordre: number, modele: string, nomFichier: string): Effet => ({
  type: 'document',
  ordre,
  dossierId: ID,
  modele,
  nomFichier,
});

describe('transition: accepted events', () => {
  it.each<
    [string, DossierInstruction, Evenement, Acteur, Pick<DossierInstruction, 'etat' | 'statut' | 'etape'>, Effet[]]
  >([
    [
      'the citizen submits a draft: it enters statutDepot',
      unDossier(),
      { type: 'deposer' },
      unUsager(),
      { etat: 'depose', statut: 'recu', etape: 'depot' },
      [courriel(0, 'accuse_reception')],
    ],
    [
      'an agent takes the dossier in hand: next étape, no action',
      unDossierAuStatut('recu'),
      { type: 'changer_statut', vers: 'en_instruction' },
      unAgent(),
      { etat: 'depose', statut: 'en_instruction', etape: 'instruction' },
      [],
    ],
    [
      'an agent asks for more documents: same étape, email to the citizen',
      unDossierAuStatut('en_instruction'),
      { type: 'changer_statut', vers: 'incomplet' },
      unAgent(),
      { etat: 'depose', statut: 'incomplet', etape: 'instruction' },
      [courriel(0, 'demande_complements')],
    ],
    [
      'the system moves the dossier back (e.g. after the citizen completed it)',
      unDossierAuStatut('incomplet'),
      { type: 'changer_statut', vers: 'en_instruction' },
      leSysteme(),
      { etat: 'depose', statut: 'en_instruction', etape: 'instruction' },
      [],
    ],
    [
      'acceptance closes the dossier; effects keep the action order',
      unDossierAuStatut('attente_commission'),
      { type: 'changer_statut', vers: 'accepte' },
      unAgent(),
      { etat: 'cloture', statut: 'accepte', etape: 'decision' },
      [document(0, 'arrete_attribution', 'arrete-attribution.pdf'), courriel(1, 'notification_accord')],
    ],
    [
      'a refusal straight from instruction closes the dossier',
      unDossierAuStatut('en_instruction'),
      { type: 'changer_statut', vers: 'refuse' },
      unAgent(),
      { etat: 'cloture', statut: 'refuse', etape: 'decision' },
      [courriel(0, 'notification_refus')],
    ],
    [
      'a closing statut without actions yields no effect',
      unDossierAuStatut('recu'),
      { type: 'changer_statut', vers: 'irrecevable' },
      unAgent(),
      { etat: 'cloture', statut: 'irrecevable', etape: 'decision' },
      [],
    ],
  ])('%s', (_cas, avant, evenement, acteur, attendu, effets) => {
    const resultat = transition(unGuide(), avant, evenement, { now: NOW, acteur });
    // In this guide every change of étape moves forward, and starts the new étape's délai.
    const changeDEtape = attendu.etape !== avant.etape;
    expect(resultat).toEqual({
      ok: true,
      value: {
        dossier: { ...avant, ...attendu, ...(changeDEtape ? { entreeEtapeLe: NOW } : {}), version: avant.version + 1 },
        changement: {
          nature: evenement.type === 'deposer' ? 'depot' : 'transition',
          de: avant.statut,
          vers: attendu.statut,
          etapeDe: avant.etape,
          etapeVers: attendu.etape,
          avanceLigneDeVie: changeDEtape,
          etapesSautees: [],
          date: NOW,
          acteur,
        },
        effets,
      },
    });
  });

  it('keeps the caller’s other dossier fields and never mutates its inputs', () => {
    const avant = { ...unDossierAuStatut('recu'), dispositif: 'aide_velo' };
    const avantCopie = copie(avant);
    const guide = unGuide();
    const guideCopie = copie(guide);
    const resultat = transition(
      guide,
      avant,
      { type: 'changer_statut', vers: 'en_instruction' },
      { now: NOW, acteur: unAgent() },
    );
    if (!resultat.ok) throw new Error(resultat.error.message);
    expect(resultat.value.dossier.dispositif).toBe('aide_velo');
    expect(avant).toEqual(avantCopie);
    expect(guide).toEqual(guideCopie);
  });

  it('copies the date, so that a caller reusing its Date cannot rewrite history', () => {
    const now = new Date(NOW.getTime());
    const resultat = transition(unGuide(), unDossier(), { type: 'deposer' }, { now, acteur: unUsager() });
    now.setFullYear(2000);
    expect(resultat.ok && resultat.value.changement.date).toEqual(NOW);
  });

  it('effects do not share arrays with the guide (the outbox serialises them later)', () => {
    const guide = unGuide();
    const resultat = transition(guide, unDossier(), { type: 'deposer' }, { now: NOW, acteur: unUsager() });
    if (!resultat.ok) throw new Error(resultat.error.message);
    const [effet] = resultat.value.effets;
    if (effet?.type !== 'courriel') throw new Error('courriel attendu');
    effet.destinataires.pop();
    expect(guide.etapes[0]?.statuts[0]?.actions[0]).toEqual({
      type: 'courriel',
      modele: 'accuse_reception',
      destinataires: ['usager'],
    });
  });

  it('increments the version on every step of a full lifecycle', () => {
    const guide = unGuide();
    const etapes: Array<[Evenement, Acteur]> = [
      [{ type: 'deposer' }, unUsager()],
      [{ type: 'changer_statut', vers: 'en_instruction' }, unAgent()],
      [{ type: 'changer_statut', vers: 'attente_commission' }, unAgent()],
      [{ type: 'changer_statut', vers: 'accepte' }, leSysteme()],
    ];
    let dossier = unDossier({ version: 0 });
    for (const [evenement, acteur] of etapes) {
      const resultat = transition(guide, dossier, evenement, { now: NOW, acteur });
      if (!resultat.ok) throw new Error(resultat.error.message);
      dossier = resultat.value.dossier;
    }
    expect(dossier).toEqual(
      unDossier({ version: 4, etat: 'cloture', statut: 'accepte', etape: 'decision', entreeEtapeLe: NOW }),
    );
  });
});

describe('transition: refused events', () => {
  it.each<[string, DossierInstruction, Evenement, Acteur, CodeErreurDomaine, string]>([
    [
      'submitting twice',
      unDossierAuStatut('recu'),
      { type: 'deposer' },
      unUsager(),
      'DEJA_DEPOSE',
      'Le dossier 2026-000042 a déjà été déposé.',
    ],
    [
      'submitting a closed dossier',
      unDossierAuStatut('refuse'),
      { type: 'deposer' },
      unUsager(),
      'DEJA_DEPOSE',
      'Le dossier 2026-000042 a déjà été déposé.',
    ],
    [
      'an agent submitting for the citizen',
      unDossier(),
      { type: 'deposer' },
      unAgent(),
      'ACTEUR_NON_AUTORISE',
      'Seul l’usager peut déposer le dossier 2026-000042.',
    ],
    [
      'the system submitting',
      unDossier(),
      { type: 'deposer' },
      leSysteme(),
      'ACTEUR_NON_AUTORISE',
      'Seul l’usager peut déposer le dossier 2026-000042.',
    ],
    [
      'a citizen changing the statut',
      unDossierAuStatut('recu'),
      { type: 'changer_statut', vers: 'en_instruction' },
      unUsager(),
      'ACTEUR_NON_AUTORISE',
      'Seul un agent peut changer le statut du dossier 2026-000042.',
    ],
    [
      'changing the statut of a draft',
      unDossier(),
      { type: 'changer_statut', vers: 'en_instruction' },
      unAgent(),
      'DOSSIER_NON_DEPOSE',
      'Le dossier 2026-000042 n’a pas encore été déposé : son statut ne peut pas changer.',
    ],
    [
      'changing the statut of a closed dossier',
      unDossierAuStatut('accepte'),
      { type: 'changer_statut', vers: 'en_instruction' },
      unAgent(),
      'DOSSIER_CLOTURE',
      'Le dossier 2026-000042 est clôturé : son statut ne peut plus changer.',
    ],
    [
      'a target missing from the guide',
      unDossierAuStatut('recu'),
      { type: 'changer_statut', vers: 'paye' },
      unAgent(),
      'STATUT_INCONNU',
      'Le statut « paye » n’existe pas dans le guide d’instruction.',
    ],
    [
      'a target not offered by the current statut',
      unDossierAuStatut('recu'),
      { type: 'changer_statut', vers: 'accepte' },
      unAgent(),
      'TRANSITION_NON_AUTORISEE',
      'Le dossier 2026-000042 ne peut pas passer du statut « Reçu » au statut « Accepté ».',
    ],
    [
      'staying in the same statut when the guide does not offer it',
      unDossierAuStatut('en_instruction'),
      { type: 'changer_statut', vers: 'en_instruction' },
      unAgent(),
      'TRANSITION_NON_AUTORISEE',
      'Le dossier 2026-000042 ne peut pas passer du statut « En instruction » au statut « En instruction ».',
    ],
    [
      'a current statut removed from the guide since',
      unDossier({ etat: 'depose', statut: 'ancien_statut', etape: 'instruction' }),
      { type: 'changer_statut', vers: 'en_instruction' },
      unAgent(),
      'STATUT_INCONNU',
      'Le statut actuel du dossier 2026-000042 (« ancien_statut ») n’existe plus dans le guide d’instruction. Contactez l’administrateur du dispositif.',
    ],
  ])('%s', (_cas, dossier, evenement, acteur, code, message) => {
    const resultat = transition(unGuide(), dossier, evenement, { now: NOW, acteur });
    expect(resultat.ok).toBe(false);
    if (resultat.ok) return;
    expect({ ...resultat.error, message: lisible(resultat.error.message) }).toEqual({ code, message });
  });

  it('refuses a submission when the guide’s statutDepot is missing (unvalidated guide) instead of crashing', () => {
    const resultat = transition(
      unGuide({ statutDepot: 'nulle_part' }),
      unDossier(),
      { type: 'deposer' },
      { now: NOW, acteur: unUsager() },
    );
    expect(resultat.ok ? null : resultat.error.code).toBe('STATUT_INCONNU');
  });

  it('a submitted dossier without statut (corrupt row) cannot move', () => {
    const dossier = unDossier({ etat: 'depose', statut: null, etape: null });
    const resultat = transition(
      unGuide(),
      dossier,
      { type: 'changer_statut', vers: 'en_instruction' },
      { now: NOW, acteur: unAgent() },
    );
    expect(resultat.ok ? null : resultat.error.code).toBe('STATUT_INCONNU');
  });
});
