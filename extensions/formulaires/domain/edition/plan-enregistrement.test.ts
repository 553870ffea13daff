import type { Modele } from '../modele';
import { ajouterChamp, supprimerChamp } from './champs';
import { ajouterLigne } from './lignes';
import { placerDansNouvelleLigne } from './placement';
import { renommerChamp } from './renommage';
import { planEnregistrement } from './plan-enregistrement';
import { copierVue } from './vues';
import { unModele } from './testing';

const enregistre = unModele();
const renomme = (m: Modele) => {
  const r = renommerChamp(m, 'email', 'courriel');
  if (!r.ok) throw new Error(r.error);
  return r.value;
};

/** Each step as « champs:code,code… (finale) » or « vue:nom ». */
const resume = (local: Modele) =>
  planEnregistrement(enregistre, local).map((etape) =>
    etape.nature === 'vue'
      ? `vue:${etape.vue}`
      : `champs${etape.finale ? '' : ' provisoires'}:${etape.champs.length}${etape.champs.some((c) => c.code === 'email') ? '+email' : ''}`,
  );

describe('ordre de « Tout enregistrer »', () => {
  it.each<[string, (m: Modele) => Modele, string[]]>([
    ['rien', (m) => m, []],
    ['une vue seule', (m) => ajouterLigne(m, 'usager', { onglet: 0, section: 0 }), ['vue:usager']],
    [
      'des champs seuls',
      (m) => ajouterChamp(m, { code: 'x', type: 'email', libelle: 'X', requis: false }),
      ['champs:10+email'],
    ],
    [
      'un champ ajouté puis placé : champs d’abord',
      (m) =>
        placerDansNouvelleLigne(
          ajouterChamp(m, { code: 'x', type: 'email', libelle: 'X', requis: false }),
          'usager',
          'x',
          { onglet: 0, section: 0 },
        ),
      ['champs:10+email', 'vue:usager'],
    ],
    [
      'un champ placé supprimé : champs provisoires, vues, champs',
      (m) => supprimerChamp(copierVue(m, 'usager', 'partenaire'), 'email'),
      ['champs provisoires:9+email', 'vue:usager', 'vue:partenaire', 'champs:8'],
    ],
    ['un champ placé renommé', renomme, ['champs provisoires:10+email', 'vue:usager', 'champs:9']],
  ])('%s', (_cas, edition, attendu) => {
    expect(resume(edition(enregistre))).toEqual(attendu);
  });
});
