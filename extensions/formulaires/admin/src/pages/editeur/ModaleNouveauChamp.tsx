import { useState, type Dispatch, type FormEvent } from 'react';
import { Box, Button, Flex, Modal } from '@strapi/design-system';
import { TYPES_CHAMP, type TypeChamp, type Vue } from '../../../../domain/modele';
import { ajouterChamp, prochainCode } from '../../../../domain/edition/champs';
import { codeDepuisLibelle } from '../../../../domain/edition/codes';
import { champParDefaut } from '../../../../domain/edition/nouveau-champ';
import { SaisieChoix, SaisieTexte } from '../../components/saisies';
import { useTraduction } from '../../utils/useTraduction';
import type { Action, Selection } from './etat';
import { placerPresDeLaSelection } from './placementParDefaut';

/** « Nouveau champ »: a type and a label; the code comes from the label, the rest is set in the side panel. */
export function ModaleNouveauChamp({
  ouverte,
  onFermer,
  vue,
  selection,
  dispatch,
}: {
  ouverte: boolean;
  onFermer: () => void;
  vue: Vue;
  selection: Selection;
  dispatch: Dispatch<Action>;
}) {
  const t = useTraduction();
  const [type, setType] = useState<TypeChamp>('texte');
  const [libelle, setLibelle] = useState('');

  const creer = (evenement: FormEvent) => {
    evenement.preventDefault();
    const texte = libelle.trim();
    dispatch({
      type: 'edite',
      operation: (m) => {
        const code = prochainCode(m, codeDepuisLibelle(texte));
        return placerPresDeLaSelection(ajouterChamp(m, champParDefaut(type, code, texte)), vue, code, selection);
      },
      // ajouterChamp appends: the new field is the last one.
      selection: (m) => {
        const ajoute = m.champs.at(-1);
        return ajoute ? { nature: 'champ', code: ajoute.code } : null;
      },
    });
    setLibelle('');
    onFermer();
  };

  return (
    <Modal.Root open={ouverte} onOpenChange={(ouvert) => !ouvert && onFermer()}>
      <Modal.Content>
        <form onSubmit={creer}>
          <Modal.Header closeLabel={t('action.fermer')}>
            <Modal.Title>{t('nouveauChamp.titre')}</Modal.Title>
          </Modal.Header>
          <Modal.Body>
            <Flex direction="column" alignItems="stretch" gap={4}>
              <SaisieTexte nom="libelle" libelle={t('champ.libelle')} requis valeur={libelle} onChange={setLibelle} />
              <SaisieChoix
                nom="type"
                libelle={t('champ.type')}
                requis
                valeur={type}
                onChange={(choix) => setType(TYPES_CHAMP.find((c) => c === choix) ?? 'texte')}
                options={TYPES_CHAMP.map((c) => ({ valeur: c, libelle: t(`type.${c}`) }))}
              />
            </Flex>
          </Modal.Body>
          <Modal.Footer>
            <Modal.Close>
              <Button variant="tertiary">{t('action.annuler')}</Button>
            </Modal.Close>
            <Box>
              <Button type="submit" disabled={libelle.trim() === ''}>
                {t('nouveauChamp.valider')}
              </Button>
            </Box>
          </Modal.Footer>
        </form>
      </Modal.Content>
    </Modal.Root>
  );
}
