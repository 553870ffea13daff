import { Box, Flex, Typography } from '@strapi/design-system';
import {
  dispositionDeVue,
  elementsVisibles,
  TYPES_SANS_VALEUR,
  valeurLisible,
  type Champ,
  type Donnees,
  type Modele,
  type OptionListe,
  type TypeProfil,
} from '@guichet/formulaires';

interface Props {
  modele: Modele;
  donnees: Donnees;
  referentiels: Record<string, OptionListe[]>;
  typeProfil: TypeProfil;
  /** Shown when a field has no answer. */
  vide: string;
}

/**
 * The dossier's answers as the agent view lays them out (onglets → sections → fields), with the version of the
 * model the dossier was filed on. Elements hidden by their conditions are left out, as they were for the citizen.
 */
export const Reponses = ({ modele, donnees, referentiels, typeProfil, vide }: Props) => {
  const aujourdhui = new Date().toISOString().slice(0, 10);
  const visibles = elementsVisibles(modele, 'agent', donnees, { profil: typeProfil, aujourdhui });
  const parCode = new Map(modele.champs.map((champ) => [champ.code, champ]));
  const aAfficher = (code: string): Champ | undefined => {
    const champ = parCode.get(code);
    return champ && visibles.champs.has(code) && !TYPES_SANS_VALEUR.includes(champ.type) ? champ : undefined;
  };
  return (
    <>
      {dispositionDeVue(modele, 'agent')
        .onglets.filter((onglet) => visibles.onglets.has(onglet.code))
        .map((onglet) => (
          <Box key={onglet.code} paddingTop={4}>
            <Typography variant="delta" tag="h3">
              {onglet.titre}
            </Typography>
            {onglet.sections
              .filter((section) => visibles.sections.has(section.code))
              .map((section) => {
                const champs = section.lignes.flatMap((ligne) => ligne.champs.flatMap((code) => aAfficher(code) ?? []));
                if (champs.length === 0) return null;
                return (
                  <Box key={section.code} paddingTop={3}>
                    <Typography variant="sigma" tag="h4">
                      {section.titre}
                    </Typography>
                    {champs.map((champ) => (
                      <Flex key={champ.code} gap={2} paddingTop={2} alignItems="flex-start">
                        <Typography fontWeight="bold" title={champ.code}>
                          {champ.libelle} :
                        </Typography>
                        <Typography>{valeurLisible(champ, donnees[champ.code], { referentiels }) ?? vide}</Typography>
                      </Flex>
                    ))}
                  </Box>
                );
              })}
          </Box>
        ))}
    </>
  );
};
