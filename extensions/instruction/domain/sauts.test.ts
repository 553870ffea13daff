import type { Changement, DossierInstruction, Evenement } from './dossier';
import { ligneDeVie, positionLigneDeVie, statutPourUsager } from './ligne-de-vie';
import { unAgent, unDossier, unUsager } from './testing/builders';
import { auStatutRiche, unGuideRiche } from './testing/guide-riche';
import { transition } from './transition';
import { transitionsDisponibles } from './transitions-disponibles';

const AVANT = new Date('2026-03-02T08:00:00.000Z');
const NOW = new Date('2026-03-14T09:30:00.000Z');
const guide = unGuideRiche();

function apres(dossier: DossierInstruction, evenement: Evenement) {
  const acteur = evenement.type === 'deposer' ? unUsager() : unAgent();
  const resultat = transition(guide, dossier, evenement, { now: NOW, acteur, droits: ['instruire', 'decider'] });
  if (!resultat.ok) throw new Error(resultat.error.message);
  return resultat.value;
}
const vers = (code: string): Evenement => ({ type: 'changer_statut', vers: code });

type Place = Pick<DossierInstruction, 'statut' | 'etape' | 'entreeEtapeLe'> &
  Pick<Changement, 'etapeDe' | 'etapeVers' | 'avanceLigneDeVie' | 'etapesSautees'>;

describe('ligne de vie: where the dossier lands, and whether it advanced', () => {
  it.each<[string, DossierInstruction, Evenement, Place]>([
    [
      'submission starts the first étape and its délai',
      unDossier(),
      { type: 'deposer' },
      {
        statut: 'recu',
        etape: 'depot',
        entreeEtapeLe: NOW,
        etapeDe: null,
        etapeVers: 'depot',
        avanceLigneDeVie: true,
        etapesSautees: [],
      },
    ],
    [
      'a statut of the next étape advances it',
      auStatutRiche('recu', { entreeEtapeLe: AVANT }),
      vers('en_instruction'),
      {
        statut: 'en_instruction',
        etape: 'instruction',
        entreeEtapeLe: NOW,
        etapeDe: 'depot',
        etapeVers: 'instruction',
        avanceLigneDeVie: true,
        etapesSautees: [],
      },
    ],
    [
      'a statut of the same étape keeps the étape and its délai running',
      auStatutRiche('en_instruction', { entreeEtapeLe: AVANT }),
      vers('incomplet'),
      {
        statut: 'incomplet',
        etape: 'instruction',
        entreeEtapeLe: AVANT,
        etapeDe: 'instruction',
        etapeVers: 'instruction',
        avanceLigneDeVie: false,
        etapesSautees: [],
      },
    ],
    [
      'a side statut of a later étape (avanceLigneDeVie: false) leaves the dossier where it stood',
      auStatutRiche('en_instruction', { entreeEtapeLe: AVANT }),
      vers('suspendu'),
      {
        statut: 'suspendu',
        etape: 'instruction',
        entreeEtapeLe: AVANT,
        etapeDe: 'instruction',
        etapeVers: 'instruction',
        avanceLigneDeVie: false,
        etapesSautees: [],
      },
    ],
    [
      'sauter_etapes moves the ligne de vie over the commission; the statut stays the one entered',
      auStatutRiche('en_instruction', { entreeEtapeLe: AVANT }),
      vers('dispense_commission'),
      {
        statut: 'dispense_commission',
        etape: 'decision',
        entreeEtapeLe: NOW,
        etapeDe: 'instruction',
        etapeVers: 'decision',
        avanceLigneDeVie: true,
        etapesSautees: ['commission'],
      },
    ],
    [
      'after a skip, a decision stays in the étape reached',
      auStatutRiche('dispense_commission', { etape: 'decision', entreeEtapeLe: AVANT }),
      vers('accepte'),
      {
        statut: 'accepte',
        etape: 'decision',
        entreeEtapeLe: AVANT,
        etapeDe: 'decision',
        etapeVers: 'decision',
        avanceLigneDeVie: false,
        etapesSautees: [],
      },
    ],
    [
      'sending back to instruction moves the ligne de vie back and restarts the délai',
      auStatutRiche('attente_commission', { entreeEtapeLe: AVANT }),
      vers('en_instruction'),
      {
        statut: 'en_instruction',
        etape: 'instruction',
        entreeEtapeLe: NOW,
        etapeDe: 'commission',
        etapeVers: 'instruction',
        avanceLigneDeVie: false,
        etapesSautees: [],
      },
    ],
    [
      'leaving a side statut for a statut of the étape where the dossier stood',
      auStatutRiche('suspendu', { etape: 'instruction', entreeEtapeLe: AVANT }),
      vers('en_instruction'),
      {
        statut: 'en_instruction',
        etape: 'instruction',
        entreeEtapeLe: AVANT,
        etapeDe: 'instruction',
        etapeVers: 'instruction',
        avanceLigneDeVie: false,
        etapesSautees: [],
      },
    ],
  ])('%s', (_cas, dossier, evenement, attendu) => {
    const { dossier: suivant, changement } = apres(dossier, evenement);
    expect({
      statut: suivant.statut,
      etape: suivant.etape,
      entreeEtapeLe: suivant.entreeEtapeLe,
      etapeDe: changement.etapeDe,
      etapeVers: changement.etapeVers,
      avanceLigneDeVie: changement.avanceLigneDeVie,
      etapesSautees: changement.etapesSautees,
    }).toEqual(attendu);
  });

  it('a legacy row without entreeEtapeLe does not get one while its étape stays', () => {
    const { dossier } = apres(auStatutRiche('en_instruction'), vers('incomplet'));
    expect(dossier).not.toHaveProperty('entreeEtapeLe');
  });

  it('the date of entry is a copy of the clock', () => {
    const now = new Date(NOW.getTime());
    const resultat = transition(guide, unDossier(), { type: 'deposer' }, { now, acteur: unUsager() });
    now.setFullYear(2000);
    expect(resultat.ok && resultat.value.dossier.entreeEtapeLe).toEqual(NOW);
  });
});

describe('ligne de vie after a skip or a side statut', () => {
  it('shows the skipped commission as behind, the décision as current; the buttons are the statut’s', () => {
    const { dossier } = apres(auStatutRiche('en_instruction'), vers('dispense_commission'));
    expect(ligneDeVie(guide, dossier).map((e) => `${e.code}:${e.etat}`)).toEqual([
      'depot:passee',
      'instruction:passee',
      'commission:passee',
      'decision:en_cours',
      'paiement:a_venir',
    ]);
    expect(transitionsDisponibles(guide, dossier).map((t) => t.vers)).toEqual(['accepte', 'refuse']);
    // dispense_commission is internal: the citizen sees the étape the dossier stands in.
    expect(statutPourUsager(guide, dossier)).toBe('Décision');
  });

  it('a suspended dossier stays in instruction on its ligne de vie', () => {
    const { dossier } = apres(auStatutRiche('en_instruction'), vers('suspendu'));
    expect(positionLigneDeVie(guide, dossier)).toBe(1);
    expect(ligneDeVie(guide, dossier).find((e) => e.etat === 'en_cours')?.code).toBe('instruction');
  });

  it('a side statut entered at submission places the dossier in its own étape (it stood nowhere yet)', () => {
    const g = unGuideRiche();
    g.statutDepot = 'suspendu';
    const resultat = transition(g, unDossier(), { type: 'deposer' }, { now: NOW, acteur: unUsager() });
    expect(resultat.ok && resultat.value.dossier.etape).toBe('decision');
  });
});
