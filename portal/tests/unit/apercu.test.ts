import { apercu, donneesScript } from '../../src/lib/apercu';
import type { ContexteFormulaire } from '../../src/lib/formulaire';
import { justificatifsDuModele } from '../../src/lib/justificatifs';
import { lignesDemandeesDans, urlApresSoumission } from '../../src/lib/retour-formulaire';
import { MODELE_INITIATIVES, MODELE_PERMIS, REFERENTIELS } from '../support/modeles';

const contexte = (profil: ContexteFormulaire['profil']): ContexteFormulaire => ({
  modele: MODELE_INITIATIVES,
  referentiels: REFERENTIELS,
  profil,
  aujourdhui: '2026-11-27',
});

describe('apercu', () => {
  it('shows the section of a radio’s answer and the one of the profile type, and computes', () => {
    const particulier = apercu(
      contexte('particulier'),
      { situation: 'salarie', cout_total: 400, montant_demande: 100 },
      {},
    );
    expect(particulier.visibilite.sections.has('etudes')).toBe(false);
    expect(particulier.visibilite.sections.has('association')).toBe(false);
    expect(particulier.visibilite.champs.has('statuts')).toBe(false);
    expect(particulier.calcules).toMatchObject({ part: 25 });
    const association = apercu(contexte('association'), { situation: 'etudiant' }, {});
    expect(association.visibilite.sections.has('etudes')).toBe(true);
    expect(association.visibilite.sections.has('association')).toBe(true);
    expect(association.visibilite.champs.has('statuts')).toBe(true);
  });

  it('computes calcul columns of table rows', () => {
    const { calcules } = apercu(
      contexte('particulier'),
      { depenses: [{ poste: 'Sono', quantite: 2, prix: 150.5 }] },
      {},
    );
    expect(calcules.depenses).toEqual([{ poste: 'Sono', quantite: 2, prix: 150.5, total: 301 }]);
  });
});

describe('donneesScript', () => {
  it('hands the citizen’s view only to the browser, with the référentiels it uses and connector data', () => {
    const donnees = donneesScript(contexte('association'), {
      nom: 'Martin',
      quotient: { quotient_familial: 620 },
      avis_agent: 'interne',
    });
    expect(donnees.modele.champs.map((c) => c.code)).not.toContain('avis_agent');
    expect(Object.keys(donnees.modele.vues)).toEqual(['usager']);
    expect(JSON.stringify(donnees)).not.toContain('interne');
    expect(donnees.referentiels).toEqual(REFERENTIELS);
    expect(donnees.existantes).toEqual({ quotient: { quotient_familial: 620 } });
    expect(donnees).toMatchObject({ profil: 'association', aujourdhui: '2026-11-27' });
  });
});

describe('after a POST', () => {
  it('goes back to the form, anchored, with the rows asked for', () => {
    const base = '/compte/dossiers/GU-1';
    expect(
      urlApresSoumission(base, { issue: 'redirection', vers: 'dossier', notice: { type: 'succes', message: '' } }),
    ).toBe(base);
    expect(
      urlApresSoumission(base, {
        issue: 'redirection',
        vers: 'formulaire',
        ancre: 'champ-depenses-1-poste',
        lignes: { champ: 'depenses', nombre: 2 },
        notice: { type: 'succes', message: '' },
      }),
    ).toBe(`${base}/modifier?tableau=depenses&lignes=2#champ-depenses-1-poste`);
  });

  it('reads the rows asked for, within the model', () => {
    const lire = (q: string) => lignesDemandeesDans(MODELE_INITIATIVES, new URLSearchParams(q));
    expect(lire('tableau=depenses&lignes=3')).toEqual({ depenses: 3 });
    expect(lire('tableau=depenses&lignes=300')).toEqual({ depenses: 4 });
    expect(lire('tableau=depenses&lignes=-1')).toEqual({});
    expect(lire('tableau=nom&lignes=2')).toEqual({});
    expect(lire('tableau=inconnu&lignes=2')).toEqual({});
    expect(lire('')).toEqual({});
  });
});

describe('justificatifsDuModele', () => {
  it('lists the justificatifs of the citizen’s view, saying which depend on the situation', () => {
    expect(justificatifsDuModele(MODELE_INITIATIVES).map((j) => [j.champ.code, j.conditionnel])).toEqual([
      ['rib', false],
      ['statuts', true],
    ]);
    expect(justificatifsDuModele(MODELE_PERMIS).map((j) => j.champ.typeDocument)).toEqual(['Devis']);
  });
});
