/**
 * The editor places each problem of the domain on the item it concerns: shape problems by their path, coherence
 * problems by the codes they name; the list is exactly the domain's (same messages, same count as validerGuide).
 */
// Explicit imports: the admin's tsconfig has no global test types.
import { describe, expect, it } from '@jest/globals';
import { validerGuide } from '../../../../domain/schema-guide';
import { GUIDE_DEMO } from '../../../../server/src/demo/dispositif-demo';
import { analyserGuide } from './problemes';

const copie = () => structuredClone(GUIDE_DEMO);

describe('analyserGuide', () => {
  it('ne trouve rien sur le guide de démonstration', () => {
    const analyse = analyserGuide(GUIDE_DEMO);
    expect(analyse.problemes).toEqual([]);
    expect(analyse.parControle.size + analyse.parElement.size).toBe(0);
  });

  it('place une transition vers un statut absent sur le contrôle « vers » de cette transition', () => {
    const guide = copie();
    guide.etapes[1]!.statuts[0]!.transitions.push({ vers: 'statut_fantome' });
    const analyse = analyserGuide(guide);
    const attendu = validerGuide(guide);
    expect(attendu.ok).toBe(false);
    expect(analyse.problemes.map((p) => p.message)).toEqual(attendu.ok ? [] : attendu.error);
    expect(analyse.problemes[0]!.cible).toBe('etape-1-statut-0-transition-2-vers');
    expect(analyse.parControle.get('etape-1-statut-0-transition-2-vers')).toContain('statut_fantome');
  });

  it('place un problème de forme sur le contrôle de son chemin', () => {
    const guide = copie();
    guide.etapes[2]!.statuts[1]!.libelle = ' ';
    guide.etapes[0]!.statuts[0]!.actions.push({ type: 'webhook', url: 'http://exemple.fr/x', secret: 'WEBHOOK_A' });
    guide.etapes[0]!.delai = { jours: 0, ouvres: true };
    const analyse = analyserGuide(guide);
    expect([...analyse.parControle.keys()].sort()).toEqual([
      'etape-0-delai',
      'etape-0-statut-0-action-1-url',
      'etape-2-statut-1-libelle',
    ]);
    expect(analyse.parControle.get('etape-0-statut-0-action-1-url')).toMatch(/https/);
  });

  it('place les problèmes sans contrôle sur leur étape, leur statut ou le guide', () => {
    const guide = copie();
    guide.etapes[1]!.statuts = [];
    expect(analyserGuide(guide).parElement.get('etape-1')).toEqual(['chaque étape doit contenir au moins un statut']);

    const sansCloture = copie();
    for (const etape of sansCloture.etapes) for (const statut of etape.statuts) statut.cloture = false;
    sansCloture.etapes[2]!.statuts[0]!.transitions = [{ vers: 'recu' }];
    sansCloture.etapes[2]!.statuts[1]!.transitions = [{ vers: 'recu' }];
    const analyse = analyserGuide(sansCloture);
    expect(analyse.problemes).toHaveLength(1);
    expect(analyse.parElement.get('guide')?.[0]).toMatch(/au moins un statut de clôture/);

    const depot = copie();
    depot.statutDepot = 'inconnu';
    expect(analyserGuide(depot).parControle.get('guide-statutDepot')).toMatch(/statut de dépôt/);

    const doublon = copie();
    doublon.etapes[2]!.statuts[1]!.code = 'accepte';
    const enDouble = analyserGuide(doublon);
    expect(enDouble.problemes.map((p) => p.cible)).toContain('etape-2-statut-0');
  });
});
