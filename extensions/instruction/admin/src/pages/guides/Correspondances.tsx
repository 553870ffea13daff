/**
 * « Créer ou mettre à jour un individu / un profil »: which dossier field fills which property. Edited as rows; the
 * guide stores an object (field code → property), so two rows with the same field code become one.
 */
import { Box, Button, Flex } from '@strapi/design-system';
import { useTraduction } from '../useTraduction';
import { codeLibre, focaliserApres } from './modifications';
import { ids } from './problemes';
import { BoutonAjouter, Groupe, SaisieChoix, SaisieTexte } from './saisies';

export function Correspondances({
  id,
  proprietes,
  correspondances,
  problemes,
  onChange,
}: {
  id: string;
  proprietes: readonly string[];
  correspondances: Record<string, string>;
  problemes?: string[];
  onChange: (correspondances: Record<string, string>) => void;
}) {
  const t = useTraduction();
  const lignes = Object.entries(correspondances);
  const options = proprietes.map((p) => ({ valeur: p, libelle: p }));
  const ecrire = (suivantes: Array<[string, string]>) => onChange(Object.fromEntries(suivantes));
  return (
    <Groupe
      id={ids.controle(id, 'correspondances')}
      legende={t('guides.action.correspondances')}
      niveau="omega"
      problemes={problemes}
    >
      {lignes.map(([champ, propriete], i) => (
        <Flex key={i} gap={4} alignItems="flex-end" wrap="wrap">
          <SaisieTexte
            id={ids.controle(id, `correspondance-${i}-champ`)}
            libelle={t('guides.action.champ', { numero: i + 1 })}
            requis
            valeur={champ}
            onChange={(code) => ecrire(lignes.map((l, j) => (j === i ? [code, l[1]] : l)))}
          />
          <SaisieChoix
            id={ids.controle(id, `correspondance-${i}-propriete`)}
            libelle={t('guides.action.propriete', { numero: i + 1 })}
            requis
            valeur={propriete}
            options={options}
            onChange={(p) => ecrire(lignes.map((l, j) => (j === i ? [l[0], p ?? l[1]] : l)))}
          />
          <Box paddingBottom={1}>
            <Button variant="danger-light" size="S" onClick={() => ecrire(lignes.filter((_, j) => j !== i))}>
              {t('guides.action.retirerCorrespondance', { numero: i + 1 })}
            </Button>
          </Box>
        </Flex>
      ))}
      <BoutonAjouter
        id={`${id}-ajouter-correspondance`}
        libelle={t('guides.action.ajouterCorrespondance')}
        onClick={() => {
          ecrire([...lignes, [codeLibre('champ', Object.keys(correspondances)), proprietes[0] ?? 'nom']]);
          focaliserApres(ids.controle(id, `correspondance-${lignes.length}-champ`));
        }}
      />
    </Groupe>
  );
}
