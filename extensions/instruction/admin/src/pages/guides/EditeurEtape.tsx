/** One étape of the ligne de vie: libellé, code, help for agents, délai, and its statuts in order. */
import { Box, Button, Flex, Grid } from '@strapi/design-system';
import type { Etape, Guide } from '../../../../domain/guide';
import { useTraduction } from '../useTraduction';
import { EditeurStatut } from './EditeurStatut';
import { deplacer, focaliserApres, focaliserDeplacement, nouveauStatut, remplacer, retirer } from './modifications';
import { type Analyse, ids } from './problemes';
import { BoutonsOrdre, Groupe, type OptionChoix, SaisieCase, SaisieNombre, SaisieTexte } from './saisies';

export function EditeurEtape({
  etape,
  index,
  total,
  guide,
  statuts,
  analyse,
  onChange,
  onDeplacer,
  onSupprimer,
}: {
  etape: Etape;
  index: number;
  total: number;
  guide: Guide;
  statuts: readonly OptionChoix[];
  analyse: Analyse;
  onChange: (etape: Etape) => void;
  onDeplacer: (vers: number) => void;
  onSupprimer: () => void;
}) {
  const t = useTraduction();
  const id = ids.etape(index);
  const erreur = (champ: string) => analyse.parControle.get(ids.controle(id, champ));
  const nom = t('guides.etape.nom', { libelle: etape.libelle });

  const ajouterStatut = () => {
    const suivants = [...etape.statuts, nouveauStatut(guide)];
    onChange({ ...etape, statuts: suivants });
    focaliserApres(ids.controle(ids.statut(index, suivants.length - 1), 'libelle'));
  };

  return (
    <Groupe
      id={id}
      niveau="beta"
      legende={t('guides.etape.legende', { numero: index + 1, libelle: etape.libelle })}
      problemes={analyse.parElement.get(id)}
    >
      <BoutonsOrdre
        id={id}
        nom={nom}
        index={index}
        total={total}
        libelles={{ monter: t('guides.monter'), descendre: t('guides.descendre'), supprimer: t('guides.supprimer') }}
        onDeplacer={(vers) => {
          onDeplacer(vers);
          focaliserDeplacement(ids.etape(vers), vers < index);
        }}
        onSupprimer={onSupprimer}
      />
      <Grid.Root gap={4}>
        <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
          <SaisieTexte
            id={ids.controle(id, 'libelle')}
            libelle={t('guides.etape.libelle')}
            requis
            erreur={erreur('libelle')}
            valeur={etape.libelle}
            onChange={(libelle) => onChange({ ...etape, libelle })}
          />
        </Grid.Item>
        <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
          <SaisieTexte
            id={ids.controle(id, 'code')}
            libelle={t('guides.code')}
            aide={t('guides.codeAide')}
            requis
            erreur={erreur('code')}
            valeur={etape.code}
            onChange={(code) => onChange({ ...etape, code })}
          />
        </Grid.Item>
      </Grid.Root>
      <SaisieTexte
        id={ids.controle(id, 'aide')}
        libelle={t('guides.etape.aide')}
        aide={t('guides.etape.aideAide')}
        multiligne
        erreur={erreur('aide')}
        valeur={etape.aide ?? ''}
        onChange={(aide) => onChange({ ...etape, ...(aide ? { aide } : { aide: undefined }) })}
      />
      <Flex gap={6} alignItems="flex-end" wrap="wrap">
        <Box style={{ width: '22rem', maxWidth: '100%' }}>
          <SaisieNombre
            id={ids.controle(id, 'delai')}
            libelle={t('guides.etape.delai')}
            aide={t('guides.etape.delaiAide')}
            erreur={erreur('delai')}
            valeur={etape.delai?.jours}
            onChange={(jours) =>
              onChange({
                ...etape,
                delai: jours === undefined ? undefined : { jours, ouvres: etape.delai?.ouvres ?? false },
              })
            }
          />
        </Box>
        {etape.delai ? (
          <Box paddingBottom={2}>
            <SaisieCase
              id={ids.controle(id, 'ouvres')}
              libelle={t('guides.etape.ouvres')}
              valeur={etape.delai.ouvres}
              onChange={(ouvres) => onChange({ ...etape, delai: { jours: etape.delai?.jours ?? 1, ouvres } })}
            />
          </Box>
        ) : null}
      </Flex>
      {etape.statuts.map((statut, s) => (
        <EditeurStatut
          key={s}
          statut={statut}
          etape={index}
          index={s}
          total={etape.statuts.length}
          guide={guide}
          statuts={statuts}
          analyse={analyse}
          onChange={(suivant) => onChange({ ...etape, statuts: remplacer(etape.statuts, s, suivant) })}
          onDeplacer={(vers) => {
            onChange({ ...etape, statuts: deplacer(etape.statuts, s, vers) });
            focaliserDeplacement(ids.statut(index, vers), vers < s);
          }}
          onSupprimer={() => {
            onChange({ ...etape, statuts: retirer(etape.statuts, s) });
            focaliserApres(`${id}-ajouter-statut`);
          }}
        />
      ))}
      <Box>
        <Button id={`${id}-ajouter-statut`} variant="secondary" onClick={ajouterStatut}>
          {t('guides.statut.ajouter', { etape: etape.libelle })}
        </Button>
      </Box>
    </Groupe>
  );
}
