/** The ordered actions of a statut (run in this order when a dossier enters it), each with its type's form. */
import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { type Action, LIBELLES_ACTION, TYPES_ACTION, type TypeAction } from '../../../../domain/action';
import type { Guide } from '../../../../domain/guide';
import { useTraduction } from '../useTraduction';
import { FormulaireAction } from './FormulaireAction';
import { actionParDefaut, deplacer, focaliserApres, focaliserDeplacement, remplacer, retirer } from './modifications';
import { type Analyse, ids } from './problemes';
import { BoutonsOrdre, Groupe, type OptionChoix, SaisieChoix } from './saisies';

const OPTIONS_TYPES: OptionChoix[] = TYPES_ACTION.map((type) => ({ valeur: type, libelle: LIBELLES_ACTION[type] }));

export function EditeurActions({
  id,
  etape,
  statut,
  libelleStatut,
  actions,
  guide,
  statuts,
  analyse,
  onChange,
}: {
  id: string;
  etape: number;
  statut: number;
  libelleStatut: string;
  actions: readonly Action[];
  guide: Guide;
  statuts: readonly OptionChoix[];
  analyse: Analyse;
  onChange: (actions: Action[]) => void;
}) {
  const t = useTraduction();
  const ajouter = () => {
    onChange([...actions, actionParDefaut('courriel')]);
    focaliserApres(ids.controle(ids.action(etape, statut, actions.length), 'type'));
  };
  return (
    <Groupe legende={t('guides.actions.legende', { libelle: libelleStatut })} niveau="omega">
      <Typography textColor="neutral600">{t('guides.actions.aide')}</Typography>
      {actions.map((action, a) => {
        const idAction = ids.action(etape, statut, a);
        const nom = t('guides.action.nom', { numero: a + 1, type: LIBELLES_ACTION[action.type] });
        return (
          <Box key={a} id={idAction} padding={3} hasRadius borderColor="neutral200" background="neutral100">
            <Flex direction="column" alignItems="stretch" gap={3}>
              <Typography tag="p" variant="sigma">
                {nom}
              </Typography>
              <BoutonsOrdre
                id={idAction}
                nom={nom}
                index={a}
                total={actions.length}
                libelles={{
                  monter: t('guides.monter'),
                  descendre: t('guides.descendre'),
                  supprimer: t('guides.supprimer'),
                }}
                onDeplacer={(vers) => {
                  onChange(deplacer(actions, a, vers));
                  focaliserDeplacement(ids.action(etape, statut, vers), vers < a);
                }}
                onSupprimer={() => {
                  onChange(retirer(actions, a));
                  focaliserApres(`${id}-ajouter-action`);
                }}
              />
              <SaisieChoix
                id={ids.controle(idAction, 'type')}
                libelle={t('guides.action.type')}
                requis
                valeur={action.type}
                options={OPTIONS_TYPES}
                onChange={(type) => {
                  if (type && type !== action.type)
                    onChange(remplacer(actions, a, actionParDefaut(type as TypeAction)));
                }}
              />
              <FormulaireAction
                id={idAction}
                action={action}
                guide={guide}
                statuts={statuts}
                analyse={analyse}
                onChange={(suivante) => onChange(remplacer(actions, a, suivante))}
              />
            </Flex>
          </Box>
        );
      })}
      <Box>
        <Button id={`${id}-ajouter-action`} variant="secondary" size="S" onClick={ajouter}>
          {t('guides.actions.ajouter', { libelle: libelleStatut })}
        </Button>
      </Box>
    </Groupe>
  );
}
