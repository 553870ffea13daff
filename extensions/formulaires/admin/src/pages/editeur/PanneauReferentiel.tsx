import { memo, useEffect, useState, type Dispatch } from 'react';
import { Box, Button, Flex, Searchbar, Typography } from '@strapi/design-system';
import { Plus } from '@strapi/icons';
import type { EntreeReferentielChamps, Vue } from '../../../../contracts/admin-api';
import { ajouterChamp } from '../../../../domain/edition/champs';
import { champDepuisReferentiel } from '../../../../domain/edition/referentiel';
import { useApi } from '../../api/useApi';
import { SaisieChoix } from '../../components/saisies';
import { useTraduction } from '../../utils/useTraduction';
import type { Action, Selection } from './etat';
import { placerPresDeLaSelection } from './placementParDefaut';

/** Typing pauses this long before the search is sent. */
const DELAI_RECHERCHE_MS = 250;

/** « Référentiel des champs »: reusable definitions, searched and filtered, copied into the model on demand. */
export const PanneauReferentiel = memo(function PanneauReferentiel({
  vue,
  selection,
  dispatch,
}: {
  vue: Vue;
  selection: Selection;
  dispatch: Dispatch<Action>;
}) {
  const t = useTraduction();
  const api = useApi();
  const [q, setQ] = useState('');
  const [categorie, setCategorie] = useState<string | undefined>(undefined);
  const [categories, setCategories] = useState<string[]>([]);
  const [entrees, setEntrees] = useState<EntreeReferentielChamps[] | null>(null);
  const [echec, setEchec] = useState(false);

  useEffect(() => {
    let annule = false;
    const minuterie = setTimeout(() => {
      api
        .chercherReferentielChamps({ q: q.trim(), ...(categorie ? { categorie } : {}) })
        .then((trouvees) => {
          if (annule) return;
          setEntrees(trouvees);
          setEchec(false);
          // The contract has no list of categories: they are learnt from what the searches return.
          setCategories((connues) => [...new Set([...connues, ...trouvees.map((e) => e.categorie)])].sort());
        })
        .catch(() => !annule && setEchec(true));
    }, DELAI_RECHERCHE_MS);
    return () => {
      annule = true;
      clearTimeout(minuterie);
    };
  }, [api, q, categorie]);

  const ajouter = (entree: EntreeReferentielChamps) =>
    dispatch({
      type: 'edite',
      operation: (m) => {
        const champ = champDepuisReferentiel(m, entree.champ);
        return placerPresDeLaSelection(ajouterChamp(m, champ), vue, champ.code, selection);
      },
      selection: (m) => {
        const ajoute = m.champs.at(-1);
        return ajoute ? { nature: 'champ', code: ajoute.code } : null;
      },
    });

  return (
    <Box
      background="neutral0"
      padding={4}
      shadow="tableShadow"
      hasRadius
      tag="section"
      aria-labelledby="referentiel-champs-titre"
    >
      <Typography variant="delta" tag="h2" id="referentiel-champs-titre">
        {t('referentielChamps.titre')}
      </Typography>
      <Flex direction="column" alignItems="stretch" gap={3} paddingTop={3}>
        <Searchbar
          name="q"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          onClear={() => setQ('')}
          clearLabel={t('referentielChamps.effacer')}
          placeholder={t('referentielChamps.rechercher')}
        >
          {t('referentielChamps.rechercher')}
        </Searchbar>
        <SaisieChoix
          nom="categorie"
          libelle={t('referentielChamps.categorie')}
          placeholder={t('referentielChamps.toutes')}
          effacer={t('referentielChamps.toutes')}
          valeur={categorie}
          onChange={setCategorie}
          options={categories.map((c) => ({ valeur: c, libelle: c }))}
        />
        {echec ? <Typography textColor="danger600">{t('erreur.chargement')}</Typography> : null}
        {entrees?.length === 0 ? <Typography textColor="neutral600">{t('referentielChamps.aucune')}</Typography> : null}
        <Flex tag="ul" direction="column" alignItems="stretch" gap={2} aria-live="polite">
          {(entrees ?? []).map((entree) => (
            <Flex
              tag="li"
              key={entree.id}
              justifyContent="space-between"
              alignItems="flex-start"
              gap={2}
              paddingBottom={2}
              borderColor="neutral150"
              borderStyle="solid"
              borderWidth="0 0 1px 0"
            >
              <Box minWidth={0}>
                <Typography fontWeight="semiBold">{entree.champ.libelle}</Typography>
                <Typography variant="pi" textColor="neutral600" tag="p">
                  <code>{entree.champ.code}</code> · {t(`type.${entree.champ.type}`)} · {entree.section}
                </Typography>
              </Box>
              <Button
                variant="secondary"
                size="S"
                startIcon={<Plus />}
                aria-label={t('referentielChamps.ajouterNomme', { libelle: entree.champ.libelle })}
                onClick={() => ajouter(entree)}
              >
                {t('referentielChamps.ajouter')}
              </Button>
            </Flex>
          ))}
        </Flex>
      </Flex>
    </Box>
  );
});
