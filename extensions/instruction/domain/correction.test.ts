import type { Acteur, DossierInstruction, Evenement } from './dossier';
import type { CodeErreurDomaine } from './erreurs';
import type { Droit } from './guide';
import { leSysteme, lisible, unAgent, unDossier, unUsager } from './testing/builders';
import { auStatutRiche, unGuideRiche } from './testing/guide-riche';
import { transition } from './transition';

const AVANT = new Date('2026-03-02T08:00:00.000Z');
const NOW = new Date('2026-03-14T09:30:00.000Z');
const guide = unGuideRiche();
const MOTIF = 'Statut choisi par erreur';

const corriger = (vers: string, autres: Partial<Extract<Evenement, { type: 'corriger' }>> = {}): Evenement => ({
  type: 'corriger',
  vers,
  motif: MOTIF,
  ...autres,
});

function essayer(dossier: DossierInstruction, evenement: Evenement, acteur: Acteur = unAgent(), droits?: Droit[]) {
  return transition(guide, dossier, evenement, { now: NOW, acteur, droits: droits ?? ['decider'] });
}

describe('corrections: any statut of any étape, journaled, no action unless asked', () => {
  it.each<[string, DossierInstruction, Evenement, Pick<DossierInstruction, 'etat' | 'statut' | 'etape'>, number]>([
    [
      'moves a dossier back to an earlier étape, outside the transitions',
      auStatutRiche('attente_commission'),
      corriger('recu'),
      { etat: 'depose', statut: 'recu', etape: 'depot' },
      0,
    ],
    [
      'reopens a dossier closed by mistake',
      auStatutRiche('refuse'),
      corriger('attente_commission'),
      { etat: 'depose', statut: 'attente_commission', etape: 'commission' },
      0,
    ],
    [
      'closes a dossier (no email unless asked)',
      auStatutRiche('en_instruction'),
      corriger('irrecevable'),
      { etat: 'cloture', statut: 'irrecevable', etape: 'decision' },
      0,
    ],
    [
      'places a dossier in a statut reserved to connectors',
      auStatutRiche('en_instruction'),
      corriger('doublon'),
      { etat: 'depose', statut: 'doublon', etape: 'depot' },
      0,
    ],
    [
      'repairs a dossier whose statut was removed from the guide',
      unDossier({ etat: 'depose', statut: 'ancien', etape: 'instruction' }),
      corriger('en_instruction'),
      { etat: 'depose', statut: 'en_instruction', etape: 'instruction' },
      0,
    ],
    [
      'puts a side statut in its own étape (a correction places the dossier explicitly)',
      auStatutRiche('en_instruction'),
      corriger('suspendu'),
      { etat: 'depose', statut: 'suspendu', etape: 'decision' },
      0,
    ],
    [
      'the same statut in another étape is a real correction',
      auStatutRiche('dispense_commission', { etape: 'decision' }),
      corriger('dispense_commission'),
      { etat: 'depose', statut: 'dispense_commission', etape: 'instruction' },
      0,
    ],
    [
      'runs the actions when asked',
      auStatutRiche('en_instruction'),
      corriger('refuse', { executerActions: true }),
      { etat: 'cloture', statut: 'refuse', etape: 'decision' },
      2,
    ],
    [
      'applies the skip when asked to run the actions',
      auStatutRiche('recu'),
      corriger('dispense_commission', { executerActions: true }),
      { etat: 'depose', statut: 'dispense_commission', etape: 'decision' },
      2,
    ],
  ])('%s', (_cas, avant, evenement, attendu, nombreEffets) => {
    const resultat = essayer(avant, evenement);
    if (!resultat.ok) throw new Error(resultat.error.message);
    const { dossier, changement, effets } = resultat.value;
    expect(dossier).toMatchObject({ ...attendu, version: avant.version + 1 });
    expect(changement).toMatchObject({ nature: 'correction', de: avant.statut, vers: attendu.statut, motif: MOTIF });
    expect(effets).toHaveLength(nombreEffets);
  });

  it('records the motif trimmed, the agent and the date; the étape’s délai restarts when the étape changes', () => {
    const resultat = essayer(
      auStatutRiche('attente_commission', { entreeEtapeLe: AVANT }),
      corriger('en_instruction', { motif: '  Renvoi demandé par la commission  ' }),
    );
    expect(resultat.ok && resultat.value.changement).toEqual({
      nature: 'correction',
      de: 'attente_commission',
      vers: 'en_instruction',
      etapeDe: 'commission',
      etapeVers: 'instruction',
      avanceLigneDeVie: false,
      etapesSautees: [],
      motif: 'Renvoi demandé par la commission',
      date: NOW,
      acteur: unAgent(),
    });
    expect(resultat.ok && resultat.value.dossier.entreeEtapeLe).toEqual(NOW);
  });

  it.each<[string, DossierInstruction, Evenement, Acteur, Droit[], CodeErreurDomaine, string]>([
    [
      'by the citizen',
      auStatutRiche('recu'),
      corriger('en_instruction'),
      unUsager(),
      [],
      'ACTEUR_NON_AUTORISE',
      'Seul un agent peut corriger le dossier 2026-000042.',
    ],
    [
      'by a connector',
      auStatutRiche('recu'),
      corriger('en_instruction'),
      leSysteme(),
      ['decider'],
      'ACTEUR_NON_AUTORISE',
      'Seul un agent peut corriger le dossier 2026-000042.',
    ],
    [
      'by an instructor without the right to decide',
      auStatutRiche('recu'),
      corriger('en_instruction'),
      unAgent(),
      ['instruire'],
      'DROITS_INSUFFISANTS',
      'Corriger le dossier 2026-000042 demande le droit « décider » sur ce dispositif.',
    ],
    [
      'of a draft',
      unDossier(),
      corriger('recu'),
      unAgent(),
      ['decider'],
      'DOSSIER_NON_DEPOSE',
      'Le dossier 2026-000042 n’a pas encore été déposé : son statut ne peut pas changer.',
    ],
    [
      'without a motif',
      auStatutRiche('recu'),
      corriger('en_instruction', { motif: '   ' }),
      unAgent(),
      ['decider'],
      'MOTIF_OBLIGATOIRE',
      'Indiquez le motif de la correction du dossier 2026-000042 : il figure dans son historique.',
    ],
    [
      'towards a statut missing from the guide',
      auStatutRiche('recu'),
      corriger('archive'),
      unAgent(),
      ['decider'],
      'STATUT_INCONNU',
      'Le statut « archive » n’existe pas dans le guide d’instruction.',
    ],
    [
      'that changes nothing',
      auStatutRiche('en_instruction'),
      corriger('en_instruction'),
      unAgent(),
      ['decider'],
      'CORRECTION_SANS_CHANGEMENT',
      'Le dossier 2026-000042 est déjà au statut « En instruction », à cette étape : la correction ne change rien.',
    ],
  ])('refuses a correction %s', (_cas, dossier, evenement, acteur, droits, code, message) => {
    const resultat = essayer(dossier, evenement, acteur, droits);
    expect(resultat.ok ? null : { code: resultat.error.code, message: lisible(resultat.error.message) }).toEqual({
      code,
      message,
    });
  });
});
