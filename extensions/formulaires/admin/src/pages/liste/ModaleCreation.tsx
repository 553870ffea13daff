import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { Box, Button, Flex, Modal } from '@strapi/design-system';
import { lireErreur } from '../../api/erreurs';
import { useApi } from '../../api/useApi';
import { Problemes, type Compte } from '../../components/Problemes';
import { SaisieTexte } from '../../components/saisies';
import { codeDepuisLibelle, estCodeValide } from '../../../../domain/edition/codes';
import { useTraduction } from '../../utils/useTraduction';
import { CHEMINS } from '../../plugin-id';

/** « Créer un modèle »: a title and a code (derived from the title until the administrator types one). */
export function ModaleCreation({ ouverte, onFermer }: { ouverte: boolean; onFermer: () => void }) {
  const t = useTraduction();
  const api = useApi();
  const naviguer = useNavigate();
  const [titre, setTitre] = useState('');
  const [code, setCode] = useState<string | null>(null);
  const [compte, setCompte] = useState<Compte | null>(null);
  const [enCours, setEnCours] = useState(false);
  const codeAffiche = code ?? (titre.trim() ? codeDepuisLibelle(titre, 'modele') : '');
  const codeInvalide = codeAffiche !== '' && !estCodeValide(codeAffiche);

  const creer = async (evenement: FormEvent) => {
    evenement.preventDefault();
    setEnCours(true);
    try {
      const detail = await api.creerModele({ code: codeAffiche, titre: titre.trim() });
      onFermer();
      naviguer(CHEMINS.modele(detail.id));
    } catch (erreur) {
      const e = lireErreur(erreur);
      setCompte({
        titre: e.statut === 409 ? t('creation.codePris') : t('erreur.enregistrement'),
        problemes: e.problemes,
      });
    } finally {
      setEnCours(false);
    }
  };

  return (
    <Modal.Root open={ouverte} onOpenChange={(ouvert) => !ouvert && onFermer()}>
      <Modal.Content>
        <form onSubmit={(e) => void creer(e)}>
          <Modal.Header closeLabel={t('action.fermer')}>
            <Modal.Title>{t('creation.titre')}</Modal.Title>
          </Modal.Header>
          <Modal.Body>
            <Problemes compte={compte} onClose={() => setCompte(null)} />
            <Flex direction="column" gap={4} alignItems="stretch">
              <SaisieTexte nom="titre" libelle={t('creation.titreModele')} requis valeur={titre} onChange={setTitre} />
              <SaisieTexte
                nom="code"
                libelle={t('creation.code')}
                aide={t('creation.codeAide')}
                erreur={codeInvalide ? t('erreur.codeInvalide') : undefined}
                requis
                valeur={codeAffiche}
                onChange={setCode}
              />
            </Flex>
          </Modal.Body>
          <Modal.Footer>
            <Modal.Close>
              <Button variant="tertiary">{t('action.annuler')}</Button>
            </Modal.Close>
            <Box>
              <Button type="submit" loading={enCours} disabled={!titre.trim() || !codeAffiche || codeInvalide}>
                {t('creation.valider')}
              </Button>
            </Box>
          </Modal.Footer>
        </form>
      </Modal.Content>
    </Modal.Root>
  );
}
