import { Flex, IconButton } from '@strapi/design-system';
import { ArrowDown, ArrowUp, Trash } from '@strapi/icons';
import { useTraduction } from '../../../utils/useTraduction';

/**
 * Move up, move down and delete, for one element of the tree. `nom` names the element in the buttons' accessible
 * names (« Monter l'onglet Demandeur »), since a page holds hundreds of them.
 */
export function BoutonsOrdre({
  nom,
  premier,
  dernier,
  onMonter,
  onDescendre,
  onSupprimer,
}: {
  nom: string;
  premier: boolean;
  dernier: boolean;
  onMonter: () => void;
  onDescendre: () => void;
  onSupprimer: () => void;
}) {
  const t = useTraduction();
  return (
    <Flex gap={1}>
      <IconButton
        label={t('arbre.monter', { nom })}
        withTooltip={false}
        variant="ghost"
        size="S"
        disabled={premier}
        onClick={onMonter}
      >
        <ArrowUp />
      </IconButton>
      <IconButton
        label={t('arbre.descendre', { nom })}
        withTooltip={false}
        variant="ghost"
        size="S"
        disabled={dernier}
        onClick={onDescendre}
      >
        <ArrowDown />
      </IconButton>
      <IconButton
        label={t('arbre.supprimer', { nom })}
        withTooltip={false}
        variant="ghost"
        size="S"
        onClick={onSupprimer}
      >
        <Trash />
      </IconButton>
    </Flex>
  );
}
