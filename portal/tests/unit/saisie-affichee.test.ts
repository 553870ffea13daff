import type { ChampTableau } from '@guichet/formulaires';
import {
  adresseAffichee,
  choixAffiches,
  cocheAffichee,
  lignesAffichees,
  texteAffiche,
  texteEnSaisie,
} from '../../src/lib/saisie-affichee';
import { alignerLignes } from '../../src/lib/valeurs-calculees';
import { MODELE_INITIATIVES } from '../support/modeles';

const depenses = MODELE_INITIATIVES.champs.find((c) => c.code === 'depenses') as ChampTableau;
const vide = { poste: '', quantite: '', prix: '', total: '' };

describe('what the controls show', () => {
  it('writes stored values the way citizens type them', () => {
    expect(texteEnSaisie('montant', 1234.5)).toBe('1234,50');
    expect(texteEnSaisie('montant', 1500)).toBe('1500');
    expect(texteEnSaisie('nombre', 2.75)).toBe('2,75');
    expect(texteEnSaisie('date', '2026-01-31')).toBe('2026-01-31');
    expect(texteEnSaisie('case_a_cocher', true)).toBe('oui');
    expect(texteEnSaisie('texte', null)).toBe('');
  });

  it('shows what was typed over what is stored, field by field', () => {
    const source = { donnees: { nom: 'Martin', montant_demande: 12 }, saisie: new URLSearchParams({ nom: 'Dupont' }) };
    expect(texteAffiche('nom', 'texte', source)).toBe('Dupont');
    expect(texteAffiche('montant_demande', 'montant', source)).toBe('12');
  });

  it('reads checkboxes from the post only when it says they were shown', () => {
    expect(cocheAffichee('b', { donnees: { b: true } })).toBe(true);
    expect(cocheAffichee('b', { donnees: { b: true }, saisie: new URLSearchParams({ b__present: '1' }) })).toBe(false);
    expect(choixAffiches('t', { donnees: { t: ['a', 'b'] } })).toEqual(['a', 'b']);
    expect(choixAffiches('t', { donnees: { t: ['a'] }, saisie: new URLSearchParams('t__present=1&t=c&t=d') })).toEqual([
      'c',
      'd',
    ]);
    expect(choixAffiches('t', { donnees: { t: ['a'] }, saisie: new URLSearchParams('autre=1') })).toEqual(['a']);
  });

  it('keeps a chosen address suggestion only while the text is still that address', () => {
    const adresse = { libelle: '8 Boulevard du Port 80000 Amiens', longitude: 2.29, latitude: 49.89 };
    const json = JSON.stringify(adresse);
    expect(adresseAffichee('a', { donnees: { a: adresse } })).toEqual({ texte: adresse.libelle, json, adresse });
    const choisie = new URLSearchParams({ a: adresse.libelle, a__json: json });
    expect(adresseAffichee('a', { donnees: {}, saisie: choisie }).adresse).toEqual(adresse);
    const modifiee = new URLSearchParams({ a: '10 Boulevard du Port', a__json: json });
    expect(adresseAffichee('a', { donnees: {}, saisie: modifiee })).toEqual({
      texte: '10 Boulevard du Port',
      json: '',
      adresse: null,
    });
    expect(adresseAffichee('a', { donnees: {} })).toEqual({ texte: '', json: '', adresse: null });
  });

  it('shows a table’s posted rows, else its stored rows, at least one, one more when asked, within the maximum', () => {
    const stockees = { depenses: [{ poste: 'Sono', quantite: 2, prix: 150.5, total: 301 }] };
    expect(lignesAffichees(depenses, { donnees: stockees })).toEqual([
      { poste: 'Sono', quantite: '2', prix: '150,50', total: '301' },
    ]);
    expect(lignesAffichees(depenses, { donnees: stockees }, 3)).toHaveLength(3);
    expect(lignesAffichees(depenses, { donnees: {} })).toEqual([vide]);
    expect(lignesAffichees(depenses, { donnees: {} }, 99)).toHaveLength(4);
    const saisie = new URLSearchParams({ depenses__lignes: '2', 'depenses.1.poste': 'Affiches' });
    expect(lignesAffichees(depenses, { donnees: stockees, saisie })).toEqual([vide, { ...vide, poste: 'Affiches' }]);
    expect(
      lignesAffichees(depenses, { donnees: {}, saisie: new URLSearchParams({ depenses__lignes: '9999' }) }),
    ).toHaveLength(4);
  });

  it('always shows every fixed row', () => {
    const fixe: ChampTableau = {
      ...depenses,
      lignes: [
        { code: 'a2025', libelle: '2025' },
        { code: 'a2026', libelle: '2026' },
      ],
    };
    expect(lignesAffichees(fixe, { donnees: {} }, 5)).toHaveLength(2);
  });
});

describe('computed rows', () => {
  it('line up with the rows shown, the empty free rows the domain dropped skipped', () => {
    const affichees = [vide, { ...vide, poste: 'Sono', quantite: '2' }, vide, { ...vide, poste: 'Affiches' }];
    const calculees = [
      { poste: 'Sono', total: 300 },
      { poste: 'Affiches', total: null },
    ];
    expect(alignerLignes(depenses, affichees, calculees)).toEqual([undefined, calculees[0], undefined, calculees[1]]);
    expect(alignerLignes(depenses, affichees, undefined)).toEqual([undefined, undefined, undefined, undefined]);
    const fixe: ChampTableau = {
      ...depenses,
      lignes: [
        { code: 'a', libelle: 'A' },
        { code: 'b', libelle: 'B' },
      ],
    };
    expect(alignerLignes(fixe, [vide, vide], calculees)).toEqual(calculees);
  });
});
