import { useId, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { Box, Button, Flex, Modal, Typography } from '@strapi/design-system';
import { lireErreur } from '../../api/erreurs';
import { useApi } from '../../api/useApi';
import { Problemes, type Compte } from '../../components/Problemes';
import { useTraduction } from '../../utils/useTraduction';
import { CHEMINS } from '../../plugin-id';

/**
 * « Importer un modèle »: a JSON export (from this or another Guichet) is posted as is; the server validates it and
 * answers its problems in French (422), in which case nothing changed.
 */
export function ModaleImport({ ouverte, onFermer }: { ouverte: boolean; onFermer: () => void }) {
  const t = useTraduction();
  const api = useApi();
  const naviguer = useNavigate();
  const idFichier = useId();
  const [fichier, setFichier] = useState<File | null>(null);
  const [compte, setCompte] = useState<Compte | null>(null);
  const [enCours, setEnCours] = useState(false);

  const importer = async (evenement: FormEvent) => {
    evenement.preventDefault();
    if (!fichier) return;
    setEnCours(true);
    setCompte(null);
    try {
      let document: unknown;
      try {
        document = JSON.parse(await fichier.text());
      } catch {
        setCompte({ titre: t('import.jsonInvalide') });
        return;
      }
      const detail = await api.importerModele(document);
      onFermer();
      naviguer(CHEMINS.modele(detail.id));
    } catch (erreur) {
      const e = lireErreur(erreur);
      setCompte({ titre: e.statut === 422 ? t('import.refuse') : t('erreur.enregistrement'), problemes: e.problemes });
    } finally {
      setEnCours(false);
    }
  };

  return (
    <Modal.Root open={ouverte} onOpenChange={(ouvert) => !ouvert && onFermer()}>
      <Modal.Content>
        <form onSubmit={(e) => void importer(e)}>
          <Modal.Header closeLabel={t('action.fermer')}>
            <Modal.Title>{t('import.titre')}</Modal.Title>
          </Modal.Header>
          <Modal.Body>
            <Problemes compte={compte} onClose={() => setCompte(null)} />
            <Flex direction="column" gap={2} alignItems="stretch">
              <Typography tag="label" htmlFor={idFichier} fontWeight="bold">
                {t('import.fichier')}
              </Typography>
              <input
                id={idFichier}
                type="file"
                accept="application/json,.json"
                onChange={(e) => setFichier(e.target.files?.[0] ?? null)}
              />
              <Typography variant="pi" textColor="neutral600">
                {t('import.aide')}
              </Typography>
            </Flex>
          </Modal.Body>
          <Modal.Footer>
            <Modal.Close>
              <Button variant="tertiary">{t('action.annuler')}</Button>
            </Modal.Close>
            <Box>
              <Button type="submit" loading={enCours} disabled={!fichier}>
                {t('import.valider')}
              </Button>
            </Box>
          </Modal.Footer>
        </form>
      </Modal.Content>
    </Modal.Root>
  );
}
