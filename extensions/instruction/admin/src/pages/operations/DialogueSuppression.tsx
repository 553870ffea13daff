import { useState } from 'react';
import { Button, Dialog, Field, Flex, Textarea, TextInput, Typography } from '@strapi/design-system';
import { useTraduction } from '../useTraduction';

/**
 * Deletion asks the agent to type the dossier's numero and a motif: a soft deletion is recoverable only by an
 * administrator, so it is never one click away. The server checks both again (422 on the field).
 */
export const DialogueSuppression = ({
  numero,
  enCours,
  erreurs,
  onConfirmer,
}: {
  numero: string;
  enCours: boolean;
  erreurs: Record<string, string>;
  onConfirmer: (confirmation: string, motif: string) => Promise<boolean>;
}) => {
  const t = useTraduction();
  const [ouvert, setOuvert] = useState(false);
  const [confirmation, setConfirmation] = useState('');
  const [motif, setMotif] = useState('');
  return (
    <Dialog.Root open={ouvert} onOpenChange={setOuvert}>
      <Dialog.Trigger>
        <Button variant="danger-light" data-testid="supprimer">
          {t('operations.supprimer')}
        </Button>
      </Dialog.Trigger>
      <Dialog.Content>
        <Dialog.Header>{t('operations.suppression.titre')}</Dialog.Header>
        <Dialog.Body>
          <Flex direction="column" gap={4} alignItems="stretch" width="100%">
            <Typography>{t('operations.suppression.aide', { numero })}</Typography>
            <Field.Root name="suppression-confirmation" required error={erreurs.confirmation}>
              <Field.Label>{t('operations.suppression.confirmation', { numero })}</Field.Label>
              <TextInput
                value={confirmation}
                autoComplete="off"
                onChange={(e: { target: { value: string } }) => setConfirmation(e.target.value)}
              />
              <Field.Error />
            </Field.Root>
            <Field.Root name="suppression-motif" required error={erreurs.motif}>
              <Field.Label>{t('operations.suppression.motif')}</Field.Label>
              <Textarea
                value={motif}
                maxLength={2000}
                onChange={(e: { target: { value: string } }) => setMotif(e.target.value)}
              />
              <Field.Error />
            </Field.Root>
          </Flex>
        </Dialog.Body>
        <Dialog.Footer>
          <Dialog.Cancel>
            <Button variant="tertiary">{t('operations.annuler')}</Button>
          </Dialog.Cancel>
          <Button
            variant="danger"
            loading={enCours}
            disabled={confirmation.trim() !== numero || !motif.trim()}
            onClick={() => void onConfirmer(confirmation, motif).then((ok) => ok && setOuvert(false))}
            data-testid="confirmer-suppression"
          >
            {t('operations.suppression.valider')}
          </Button>
        </Dialog.Footer>
      </Dialog.Content>
    </Dialog.Root>
  );
};
