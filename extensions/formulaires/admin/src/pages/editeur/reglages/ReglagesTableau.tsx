import { Box, Button, Flex, IconButton, Typography } from '@strapi/design-system';
import { ArrowDown, ArrowUp, Plus, Trash } from '@strapi/icons';
import {
  TYPES_COLONNE,
  type ChampTableau,
  type ColonneTableau,
  type LigneFixe,
  type TypeColonne,
} from '../../../../../domain/modele';
import { codeUnique } from '../../../../../domain/edition/codes';
import { deplacerA, remplacerA, retirerA } from '../../../../../domain/edition/tableaux';
import { EditeurOptions } from '../../../components/EditeurOptions';
import { SaisieCase, SaisieChoix, SaisieNombre, SaisieTexte } from '../../../components/saisies';
import { nettoyerCode } from '../../../utils/codes';
import { useTraduction } from '../../../utils/useTraduction';
import type { ProprietesReglages } from './types';

/** tableau: its columns (each with a type, and options or a formula), fixed rows or a maximum number of rows. */
export function ReglagesTableau({ champ, modifier }: ProprietesReglages<ChampTableau>) {
  const t = useTraduction();
  const colonnes = champ.colonnes;
  const lignes = champ.lignes ?? [];
  const changerColonne = (index: number, modifs: Partial<ColonneTableau>) =>
    modifier({ colonnes: remplacerA(colonnes, index, (c) => sansIndefinis({ ...c, ...modifs })) });
  const ajouterColonne = () => {
    const code = codeUnique('colonne', new Set(colonnes.map((c) => c.code)));
    modifier({ colonnes: [...colonnes, { code, libelle: '', type: 'texte', requis: false }] });
  };
  const changerLigne = (index: number, modifs: Partial<LigneFixe>) =>
    modifier({ lignes: remplacerA(lignes, index, (l) => ({ ...l, ...modifs })) });

  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Typography variant="sigma" tag="h4">
        {t('tableau.colonnes', { nombre: colonnes.length })}
      </Typography>
      {colonnes.map((colonne, index) => (
        <Box key={index} padding={3} background="neutral100" hasRadius>
          <Flex justifyContent="space-between">
            <Typography fontWeight="bold">{t('tableau.colonne', { numero: index + 1 })}</Typography>
            <Flex gap={1}>
              <IconButton
                label={t('tableau.monterColonne', { numero: index + 1 })}
                withTooltip={false}
                variant="ghost"
                disabled={index === 0}
                onClick={() => modifier({ colonnes: deplacerA(colonnes, index, index - 1) })}
              >
                <ArrowUp />
              </IconButton>
              <IconButton
                label={t('tableau.descendreColonne', { numero: index + 1 })}
                withTooltip={false}
                variant="ghost"
                disabled={index === colonnes.length - 1}
                onClick={() => modifier({ colonnes: deplacerA(colonnes, index, index + 1) })}
              >
                <ArrowDown />
              </IconButton>
              <IconButton
                label={t('tableau.supprimerColonne', { numero: index + 1 })}
                withTooltip={false}
                variant="ghost"
                onClick={() => modifier({ colonnes: retirerA(colonnes, index) })}
              >
                <Trash />
              </IconButton>
            </Flex>
          </Flex>
          <Flex direction="column" alignItems="stretch" gap={3} paddingTop={2}>
            <Flex gap={3}>
              <SaisieTexte
                nom={`colonne-${index}-libelle`}
                libelle={t('tableau.libelle')}
                requis
                valeur={colonne.libelle}
                onChange={(libelle) => changerColonne(index, { libelle })}
              />
              <SaisieTexte
                nom={`colonne-${index}-code`}
                libelle={t('tableau.code')}
                requis
                valeur={colonne.code}
                onChange={(code) => changerColonne(index, { code: nettoyerCode(code) })}
              />
            </Flex>
            <SaisieChoix
              nom={`colonne-${index}-type`}
              libelle={t('tableau.type')}
              requis
              valeur={colonne.type}
              onChange={(type) => {
                const choisi = TYPES_COLONNE.find((c) => c === type);
                if (choisi) changerColonne(index, colonneDeType(colonne, choisi));
              }}
              options={TYPES_COLONNE.map((type) => ({ valeur: type, libelle: t(`type.${type}`) }))}
            />
            <SaisieCase
              libelle={t('tableau.requis')}
              valeur={colonne.requis}
              onChange={(requis) => changerColonne(index, { requis })}
            />
            {colonne.type === 'liste' ? (
              <EditeurOptions
                nom={`colonne-${index}-options`}
                options={colonne.options ?? []}
                onChange={(options) => changerColonne(index, { options })}
              />
            ) : null}
            {colonne.type === 'calcul' ? (
              <Flex gap={3}>
                <SaisieTexte
                  nom={`colonne-${index}-formule`}
                  libelle={t('tableau.formule')}
                  aide={t('tableau.formuleAide')}
                  valeur={colonne.formule ?? ''}
                  onChange={(formule) => changerColonne(index, { formule })}
                />
                <SaisieNombre
                  nom={`colonne-${index}-decimales`}
                  libelle={t('reglage.decimales')}
                  valeur={colonne.decimales}
                  onChange={(decimales) => changerColonne(index, { decimales })}
                />
              </Flex>
            ) : null}
          </Flex>
        </Box>
      ))}
      <Box>
        <Button variant="secondary" size="S" startIcon={<Plus />} onClick={ajouterColonne}>
          {t('tableau.ajouterColonne')}
        </Button>
      </Box>

      <Typography variant="sigma" tag="h4">
        {t('tableau.lignesFixes', { nombre: lignes.length })}
      </Typography>
      <Typography variant="pi" textColor="neutral600">
        {t('tableau.lignesFixesAide')}
      </Typography>
      {lignes.map((ligne, index) => (
        <Flex key={index} gap={3} alignItems="flex-end">
          <SaisieTexte
            nom={`ligne-${index}-libelle`}
            libelle={t('tableau.libelleLigne', { numero: index + 1 })}
            valeur={ligne.libelle}
            onChange={(libelle) => changerLigne(index, { libelle })}
          />
          <SaisieTexte
            nom={`ligne-${index}-code`}
            libelle={t('tableau.codeLigne', { numero: index + 1 })}
            valeur={ligne.code}
            onChange={(code) => changerLigne(index, { code: nettoyerCode(code) })}
          />
          <IconButton
            label={t('tableau.supprimerLigne', { numero: index + 1 })}
            withTooltip={false}
            variant="ghost"
            onClick={() => modifier({ lignes: lignes.length === 1 ? undefined : retirerA(lignes, index) })}
          >
            <Trash />
          </IconButton>
        </Flex>
      ))}
      <Box>
        <Button
          variant="secondary"
          size="S"
          startIcon={<Plus />}
          onClick={() =>
            modifier({
              lignes: [...lignes, { code: codeUnique('ligne', new Set(lignes.map((l) => l.code))), libelle: '' }],
            })
          }
        >
          {t('tableau.ajouterLigne')}
        </Button>
      </Box>
      {lignes.length === 0 ? (
        <SaisieNombre
          nom="lignesMax"
          libelle={t('tableau.lignesMax')}
          valeur={champ.lignesMax}
          onChange={(lignesMax) => modifier({ lignesMax })}
        />
      ) : null}
    </Flex>
  );
}

/** A column changed to another type: options and formula are kept only where they mean something. */
function colonneDeType(colonne: ColonneTableau, type: TypeColonne): Partial<ColonneTableau> {
  return {
    type,
    options: type === 'liste' ? (colonne.options ?? []) : undefined,
    formule: type === 'calcul' ? (colonne.formule ?? '') : undefined,
    decimales: type === 'calcul' ? colonne.decimales : undefined,
  };
}

function sansIndefinis<T extends object>(objet: T): T {
  return Object.fromEntries(Object.entries(objet).filter(([, v]) => v !== undefined)) as T;
}
