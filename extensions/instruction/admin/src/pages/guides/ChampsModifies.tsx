/** « Modifier des champs du dossier »: rows of field code → value, the value typed by its nature (text, number, yes/no, empty). */
import { Box, Button, Flex } from '@strapi/design-system';
import type { ValeurAction } from '../../../../domain/action';
import { useTraduction } from '../useTraduction';
import { focaliserApres, remplacer, retirer } from './modifications';
import { ids } from './problemes';
import { BoutonAjouter, Groupe, SaisieCase, SaisieChoix, SaisieNombre, SaisieTexte } from './saisies';

type Ligne = { champ: string; valeur: ValeurAction };
type Nature = 'texte' | 'nombre' | 'booleen' | 'vide';

const natureDe = (valeur: ValeurAction): Nature =>
  valeur === null ? 'vide' : typeof valeur === 'number' ? 'nombre' : typeof valeur === 'boolean' ? 'booleen' : 'texte';
const VALEUR_INITIALE: Record<Nature, ValeurAction> = { texte: '', nombre: 0, booleen: true, vide: null };
const NATURES: Nature[] = ['texte', 'nombre', 'booleen', 'vide'];

export function ChampsModifies({
  id,
  champs,
  problemes,
  onChange,
}: {
  id: string;
  champs: Ligne[];
  problemes?: string[];
  onChange: (champs: Ligne[]) => void;
}) {
  const t = useTraduction();
  const natures = NATURES.map((n) => ({ valeur: n, libelle: t(`guides.valeur.nature.${n}`) }));
  const changer = (i: number, ligne: Ligne) => onChange(remplacer(champs, i, ligne));
  return (
    <Groupe id={ids.controle(id, 'champs')} legende={t('guides.action.champs')} niveau="omega" problemes={problemes}>
      {champs.map((ligne, i) => {
        const idLigne = ids.controle(id, `champ-${i}`);
        const nature = natureDe(ligne.valeur);
        return (
          <Flex key={i} gap={4} alignItems="flex-end" wrap="wrap">
            <SaisieTexte
              id={`${idLigne}-code`}
              libelle={t('guides.action.champ', { numero: i + 1 })}
              requis
              valeur={ligne.champ}
              onChange={(champ) => changer(i, { ...ligne, champ })}
            />
            <SaisieChoix
              id={`${idLigne}-nature`}
              libelle={t('guides.action.nature', { numero: i + 1 })}
              valeur={nature}
              options={natures}
              onChange={(n) => changer(i, { ...ligne, valeur: VALEUR_INITIALE[(n ?? 'texte') as Nature] })}
            />
            {nature === 'texte' ? (
              <SaisieTexte
                id={`${idLigne}-valeur`}
                libelle={t('guides.action.valeur', { numero: i + 1 })}
                valeur={String(ligne.valeur)}
                onChange={(valeur) => changer(i, { ...ligne, valeur })}
              />
            ) : null}
            {nature === 'nombre' ? (
              <SaisieNombre
                id={`${idLigne}-valeur`}
                libelle={t('guides.action.valeur', { numero: i + 1 })}
                valeur={ligne.valeur as number}
                onChange={(valeur) => changer(i, { ...ligne, valeur: valeur ?? 0 })}
              />
            ) : null}
            {nature === 'booleen' ? (
              <Box paddingBottom={2}>
                <SaisieCase
                  id={`${idLigne}-valeur`}
                  libelle={t('guides.action.valeurOui', { numero: i + 1 })}
                  valeur={ligne.valeur === true}
                  onChange={(valeur) => changer(i, { ...ligne, valeur })}
                />
              </Box>
            ) : null}
            <Box paddingBottom={1}>
              <Button
                variant="danger-light"
                size="S"
                onClick={() => {
                  onChange(retirer(champs, i));
                  focaliserApres(`${id}-ajouter-champ`);
                }}
              >
                {t('guides.action.retirerChamp', { numero: i + 1 })}
              </Button>
            </Box>
          </Flex>
        );
      })}
      <BoutonAjouter
        id={`${id}-ajouter-champ`}
        libelle={t('guides.action.ajouterChamp')}
        onClick={() => {
          onChange([...champs, { champ: '', valeur: '' }]);
          focaliserApres(`${ids.controle(id, `champ-${champs.length}`)}-code`);
        }}
      />
    </Groupe>
  );
}
