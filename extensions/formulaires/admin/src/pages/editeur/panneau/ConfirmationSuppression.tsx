import { Button, Dialog } from '@strapi/design-system';
import { Trash, WarningCircle } from '@strapi/icons';
import { useTraduction } from '../../../utils/useTraduction';

/** A delete button that asks first (deleting a field removes it from every view). */
export function ConfirmationSuppression({
  bouton,
  titre,
  message,
  onConfirmer,
}: {
  bouton: string;
  titre: string;
  message: string;
  onConfirmer: () => void;
}) {
  const t = useTraduction();
  return (
    <Dialog.Root>
      <Dialog.Trigger>
        <Button variant="danger-light" startIcon={<Trash />}>
          {bouton}
        </Button>
      </Dialog.Trigger>
      <Dialog.Content>
        <Dialog.Header>{titre}</Dialog.Header>
        <Dialog.Body icon={<WarningCircle fill="danger600" />}>{message}</Dialog.Body>
        <Dialog.Footer>
          <Dialog.Cancel>
            <Button fullWidth variant="tertiary">
              {t('action.annuler')}
            </Button>
          </Dialog.Cancel>
          <Dialog.Action>
            <Button fullWidth variant="danger-light" onClick={onConfirmer}>
              {t('action.supprimer')}
            </Button>
          </Dialog.Action>
        </Dialog.Footer>
      </Dialog.Content>
    </Dialog.Root>
  );
}
