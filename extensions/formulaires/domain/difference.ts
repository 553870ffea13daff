/**
 * What changed between two versions of a model, for the administrator about to publish and for an agent wondering
 * why two dossiers of one dispositif differ. Fields are matched by code; layouts by onglet and section codes.
 */
import { entreGuillemets as g } from './messages';
import { VUES, type Champ, type Disposition, type Modele, type Vue } from './modele';

export type NatureChangement = 'ajoute' | 'supprime' | 'modifie' | 'deplace';

export interface Changement {
  nature: NatureChangement;
  objet: 'champ' | 'onglet' | 'section' | 'vue';
  code: string;
  /** For a modified field: the properties that changed (libelle, requis, options, condition …). */
  proprietes?: string[];
  /** A French sentence describing the change. */
  description: string;
}

export function differenceModeles(avant: Modele, apres: Modele): Changement[] {
  return [...differenceChamps(avant.champs, apres.champs), ...VUES.flatMap((vue) => differenceVue(vue, avant, apres))];
}

function differenceChamps(avant: Champ[], apres: Champ[]): Changement[] {
  const anciens = new Map(avant.map((champ) => [champ.code, champ]));
  const nouveaux = new Map(apres.map((champ) => [champ.code, champ]));
  const changements: Changement[] = [];
  for (const champ of apres) {
    const ancien = anciens.get(champ.code);
    if (ancien === undefined) {
      changements.push(
        champChange('ajoute', champ, `Champ ajouté : ${g(champ.libelle)} (${champ.code}, ${champ.type}).`),
      );
      continue;
    }
    const proprietes = proprietesModifiees(ancien, champ);
    if (proprietes.length > 0) {
      const description = `Champ modifié : ${g(champ.libelle)} (${champ.code}) — ${proprietes.join(', ')}.`;
      changements.push({ ...champChange('modifie', champ, description), proprietes });
    }
  }
  for (const champ of avant) {
    if (!nouveaux.has(champ.code)) {
      changements.push(champChange('supprime', champ, `Champ supprimé : ${g(champ.libelle)} (${champ.code}).`));
    }
  }
  return changements;
}

function champChange(nature: NatureChangement, champ: Champ, description: string): Changement {
  return { nature, objet: 'champ', code: champ.code, description };
}

/** Keys whose value differs, in a stable order (the union of both definitions' keys, sorted). */
function proprietesModifiees(avant: Champ, apres: Champ): string[] {
  const a = avant as unknown as Record<string, unknown>;
  const b = apres as unknown as Record<string, unknown>;
  const cles = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  return cles.filter((cle) => JSON.stringify(a[cle]) !== JSON.stringify(b[cle]));
}

function differenceVue(vue: Vue, avant: Modele, apres: Modele): Changement[] {
  const de = avant.vues[vue];
  const vers = apres.vues[vue];
  if (de === undefined && vers === undefined) return [];
  if (de === undefined) return [{ nature: 'ajoute', objet: 'vue', code: vue, description: `Vue ${vue} créée.` }];
  if (vers === undefined) {
    return [
      {
        nature: 'supprime',
        objet: 'vue',
        code: vue,
        description: `Vue ${vue} supprimée (elle reprend la vue usager).`,
      },
    ];
  }
  return [
    ...differenceElements(vue, 'onglet', de, vers),
    ...differenceElements(vue, 'section', de, vers),
    ...deplacements(vue, de, vers),
  ];
}

function differenceElements(vue: Vue, objet: 'onglet' | 'section', de: Disposition, vers: Disposition): Changement[] {
  const lister = (d: Disposition) => (objet === 'onglet' ? d.onglets : d.onglets.flatMap((onglet) => onglet.sections));
  const anciens = new Map(lister(de).map((e) => [e.code, e]));
  const nouveaux = new Map(lister(vers).map((e) => [e.code, e]));
  const libelle = objet === 'onglet' ? 'Onglet' : 'Section';
  const changements: Changement[] = [];
  for (const [code, element] of nouveaux) {
    const ancien = anciens.get(code);
    if (ancien === undefined) {
      changements.push({
        nature: 'ajoute',
        objet,
        code,
        description: `Vue ${vue} : ${libelle} ajouté(e) : ${g(element.titre)}.`,
      });
    } else if (ancien.titre !== element.titre || ancien.condition !== element.condition) {
      changements.push({
        nature: 'modifie',
        objet,
        code,
        description: `Vue ${vue} : ${libelle} modifié(e) : ${g(element.titre)}.`,
      });
    }
  }
  for (const [code, element] of anciens) {
    if (!nouveaux.has(code)) {
      changements.push({
        nature: 'supprime',
        objet,
        code,
        description: `Vue ${vue} : ${libelle} supprimé(e) : ${g(element.titre)}.`,
      });
    }
  }
  return changements;
}

/** Fields placed in another section than before (fields added or removed are reported as fields). */
function deplacements(vue: Vue, de: Disposition, vers: Disposition): Changement[] {
  const avant = sectionParChamp(de);
  const apres = sectionParChamp(vers);
  const changements: Changement[] = [];
  for (const [code, section] of apres) {
    const ancienne = avant.get(code);
    if (ancienne !== undefined && ancienne !== section) {
      changements.push({
        nature: 'deplace',
        objet: 'champ',
        code,
        description: `Vue ${vue} : le champ ${code} passe de la section ${g(ancienne)} à la section ${g(section)}.`,
      });
    }
  }
  return changements;
}

function sectionParChamp(disposition: Disposition): Map<string, string> {
  const resultat = new Map<string, string>();
  for (const onglet of disposition.onglets) {
    for (const section of onglet.sections) {
      for (const code of section.lignes.flatMap((ligne) => ligne.champs)) resultat.set(code, section.code);
    }
  }
  return resultat;
}
