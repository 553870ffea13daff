/** The justificatifs a dispositif's model asks of citizens, for its page: what to prepare before starting. */
import { dispositionDeVue, type Champ, type Modele } from '@guichet/formulaires';

export interface JustificatifDemande {
  champ: Extract<Champ, { type: 'justificatif' }>;
  /** Asked only in some situations: the field, its section or its onglet has a display condition. */
  conditionnel: boolean;
}

export function justificatifsDuModele(modele: Modele): JustificatifDemande[] {
  const parCode = new Map<string, Champ>(modele.champs.map((champ) => [champ.code, champ]));
  const vus = new Set<string>();
  const demandes: JustificatifDemande[] = [];
  for (const onglet of dispositionDeVue(modele, 'usager').onglets) {
    for (const section of onglet.sections) {
      for (const code of section.lignes.flatMap((ligne) => ligne.champs)) {
        const champ = parCode.get(code);
        if (champ?.type !== 'justificatif' || vus.has(code)) continue;
        vus.add(code);
        const conditionnel = [onglet.condition, section.condition, champ.condition].some((c) => !!c?.trim());
        demandes.push({ champ, conditionnel });
      }
    }
  }
  return demandes;
}
