import { validerModele, type Modele } from '@guichet/formulaires';
import type { DossierDetail, PieceApi } from '../../src/lib/contrat';
import {
  candidats,
  cibleErreur,
  contexteDuDossier,
  erreurDeCellule,
  erreurDuChamp,
  ids,
  piecesParChamp,
  saisieBrute,
  verifierSaisie,
  type ContexteFormulaire,
} from '../../src/lib/formulaire';
import { MODELE_INITIATIVES, MODELE_PERMIS, REFERENTIELS } from '../support/modeles';

const AUJOURDHUI = '2026-11-27';
const contexte = (modele: Modele, profil: ContexteFormulaire['profil'] = 'particulier'): ContexteFormulaire => ({
  modele,
  referentiels: REFERENTIELS,
  profil,
  aujourdhui: AUJOURDHUI,
});
const piece = (champ: string | null, nature: PieceApi['nature'] = 'justificatif'): PieceApi => ({
  id: 1,
  champ,
  nature,
  nom: 'a.pdf',
  type: 'application/pdf',
  taille: 1,
  creeLe: '',
});

describe('test models', () => {
  it.each([
    ['permis', MODELE_PERMIS],
    ['initiatives', MODELE_INITIATIVES],
  ])('the %s model is a valid model for the domain', (_nom, modele) => {
    expect(validerModele(modele)).toEqual({ ok: true, value: modele });
  });
});

describe('form helpers', () => {
  it('reads the dossier context, with defaults for an older CMS', () => {
    const dossier = { modele: MODELE_PERMIS, referentiels: REFERENTIELS, typeProfil: 'association' } as DossierDetail;
    expect(contexteDuDossier(dossier, AUJOURDHUI)).toEqual({
      modele: MODELE_PERMIS,
      referentiels: REFERENTIELS,
      profil: 'association',
      aujourdhui: AUJOURDHUI,
    });
    expect(contexteDuDossier({ modele: MODELE_PERMIS } as DossierDetail, AUJOURDHUI)).toMatchObject({
      referentiels: {},
      profil: 'particulier',
    });
  });

  it('turns repeated names into arrays', () => {
    expect(saisieBrute(new URLSearchParams('a=1&b=2&b=3'))).toEqual({ a: '1', b: ['2', '3'] });
  });

  it('counts justificatifs per field, not administration documents', () => {
    expect(piecesParChamp([piece('devis'), piece('devis'), piece(null, 'document')])).toEqual({ devis: 2 });
  });

  it('keeps stored values for typed fields the post does not carry, never for computed or connector ones', () => {
    const stockees = {
      nom: 'Martin',
      titre_projet: 'Fête',
      age: 30,
      quotient: { quotient_familial: 1 },
      avis_agent: 'x',
    };
    expect(candidats(MODELE_INITIATIVES, new URLSearchParams({ nom: 'Dupont' }), stockees)).toEqual({
      nom: 'Dupont',
      titre_projet: 'Fête',
    });
  });

  it('validates a draft for formats only, a deposit for required fields and files too', () => {
    const ctx = contexte(MODELE_PERMIS);
    const saisie = new URLSearchParams({ nom: '', montant_demande: '12,50', date_naissance: '' });
    expect(verifierSaisie(ctx, saisie, 'brouillon', [], {}).valide).toBe(true);
    const depot = verifierSaisie(ctx, saisie, 'depot', [], {});
    expect(depot.erreurs.map((e) => e.champ)).toEqual(['nom', 'date_naissance', 'situation', 'devis']);
    const complet = verifierSaisie(
      ctx,
      new URLSearchParams({
        nom: 'Martin',
        date_naissance: '14/03/2005',
        situation: 'salarie',
        montant_demande: '1 234,50',
      }),
      'depot',
      [piece('devis')],
      {},
    );
    expect(complet).toMatchObject({
      valide: true,
      donnees: { nom: 'Martin', date_naissance: '2005-03-14', situation: 'salarie', montant_demande: 1234.5 },
    });
    expect(verifierSaisie(ctx, new URLSearchParams({ montant_demande: 'douze' }), 'brouillon', [], {}).erreurs).toEqual(
      [expect.objectContaining({ champ: 'montant_demande', code: 'FORMAT' })],
    );
  });

  it('drops hidden fields (a radio, the profile type) and computes calculs and ages', () => {
    const saisie = new URLSearchParams({
      situation: 'salarie',
      etablissement: 'Lycée',
      siret: '12345678900012',
      naissance: '2001-04-12',
      cout_total: '1000',
      montant_demande: '250',
    });
    const particulier = verifierSaisie(contexte(MODELE_INITIATIVES), saisie, 'brouillon', [], {});
    expect(particulier.donnees).toEqual({
      situation: 'salarie',
      naissance: '2001-04-12',
      age: 25,
      cout_total: 1000,
      montant_demande: 250,
      part: 25,
    });
    saisie.set('situation', 'etudiant');
    const association = verifierSaisie(contexte(MODELE_INITIATIVES, 'association'), saisie, 'brouillon', [], {});
    expect(association.donnees).toMatchObject({ etablissement: 'Lycée' });
    expect(association.erreurs.map((e) => e.champ)).toEqual(['siret']);
  });

  it('reports a table cell at fault with its row and column', () => {
    const saisie = new URLSearchParams({
      depenses__lignes: '2',
      'depenses.0.poste': 'Sono',
      'depenses.0.quantite': '2',
      'depenses.0.prix': '150',
      'depenses.1.poste': 'Affiches',
      'depenses.1.quantite': 'beaucoup',
    });
    const { erreurs } = verifierSaisie(contexte(MODELE_INITIATIVES), saisie, 'brouillon', [], {});
    expect(erreurs).toEqual([
      expect.objectContaining({ champ: 'depenses', cellule: { ligne: 1, colonne: 'quantite' } }),
    ]);
    expect(erreurDeCellule(erreurs, 'depenses', 1, 'quantite')).toBe(erreurs[0]?.message);
    expect(erreurDuChamp(erreurs, 'depenses')).toBeUndefined();
  });

  it('links errors to the control to fix', () => {
    const lignes = (code: string) => (code === 'depenses' ? 2 : 0);
    const cible = (erreur: { champ: string; cellule?: { ligne: number; colonne: string } }) =>
      cibleErreur(MODELE_INITIATIVES, { ...erreur, message: '' }, lignes);
    expect(cible({ champ: 'nom' })).toBe('champ-nom');
    expect(cible({ champ: 'situation' })).toBe(ids.option('situation', 0));
    expect(cible({ champ: 'depenses', cellule: { ligne: 1, colonne: 'prix' } })).toBe('champ-depenses-1-prix');
    expect(cible({ champ: 'depenses' })).toBe('champ-depenses-0-poste');
    expect(cible({ champ: 'avis_agent' })).toBeUndefined();
    expect(cible({ champ: '' })).toBeUndefined();
    expect(cibleErreur(MODELE_INITIATIVES, { champ: 'depenses', message: '' }, () => 0)).toBe('champ-depenses');
  });

  it('keeps the first error of a field as a whole', () => {
    const erreurs = [
      { champ: 'a', message: 'cellule', cellule: { ligne: 0, colonne: 'x' } },
      { champ: 'a', message: '1' },
      { champ: 'a', message: '2' },
    ];
    expect(erreurDuChamp(erreurs, 'a')).toBe('1');
    expect(erreurDeCellule(erreurs, 'a', 0, 'x')).toBe('cellule');
  });
});
