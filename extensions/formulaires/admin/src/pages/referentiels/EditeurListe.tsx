import { useState, type FormEvent } from 'react';
import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { useNotification } from '@strapi/strapi/admin';
import type { ListeReferentiel } from '../../../../contracts/admin-api';
import type { OptionListe } from '../../../../domain/modele';
import { codeDepuisLibelle, estCodeValide } from '../../../../domain/edition/codes';
import { lireErreur } from '../../api/erreurs';
import { useApi } from '../../api/useApi';
import { EditeurOptions } from '../../components/EditeurOptions';
import { Problemes, type Compte } from '../../components/Problemes';
import { SaisieTexte } from '../../components/saisies';
import { nettoyerCode } from '../../utils/codes';
import { useTraduction } from '../../utils/useTraduction';

/** One list: code (fixed once created: models refer to it), title and options. */
export function EditeurListe({
  liste,
  onEnregistree,
}: {
  liste: ListeReferentiel | undefined;
  onEnregistree: (liste: ListeReferentiel) => void;
}) {
  const t = useTraduction();
  const api = useApi();
  const { toggleNotification } = useNotification();
  const [titre, setTitre] = useState(liste?.titre ?? '');
  const [code, setCode] = useState<string | null>(liste?.code ?? null);
  const [options, setOptions] = useState<OptionListe[]>(liste?.options ?? []);
  const [compte, setCompte] = useState<Compte | null>(null);
  const [enCours, setEnCours] = useState(false);
  const codeAffiche = code ?? (titre.trim() ? codeDepuisLibelle(titre, 'liste') : '');

  const enregistrer = async (evenement: FormEvent) => {
    evenement.preventDefault();
    setEnCours(true);
    try {
      const enregistree = liste
        ? await api.modifierReferentiel(liste.id, { titre: titre.trim(), options })
        : await api.creerReferentiel({ code: codeAffiche, titre: titre.trim(), options });
      setCompte(null);
      toggleNotification({ type: 'success', message: t('referentiels.enregistree') });
      onEnregistree(enregistree);
    } catch (erreur) {
      const e = lireErreur(erreur);
      setCompte({
        titre: e.statut === 409 ? t('referentiels.codePris') : t('erreur.enregistrement'),
        problemes: e.problemes,
      });
    } finally {
      setEnCours(false);
    }
  };

  return (
    <Box
      background="neutral0"
      padding={6}
      shadow="tableShadow"
      hasRadius
      tag="form"
      onSubmit={(e: FormEvent) => void enregistrer(e)}
    >
      <Typography variant="delta" tag="h2">
        {liste ? t('referentiels.modifier', { titre: liste.titre }) : t('referentiels.nouvelle')}
      </Typography>
      <Box paddingTop={4}>
        <Problemes compte={compte} onClose={() => setCompte(null)} />
      </Box>
      <Flex direction="column" alignItems="stretch" gap={4}>
        <SaisieTexte nom="titre" libelle={t('referentiels.titreListe')} requis valeur={titre} onChange={setTitre} />
        <SaisieTexte
          nom="code"
          libelle={t('creation.code')}
          aide={liste ? t('referentiels.codeFige') : t('creation.codeAide')}
          erreur={codeAffiche && !estCodeValide(codeAffiche) ? t('erreur.codeInvalide') : undefined}
          requis
          valeur={codeAffiche}
          onChange={(valeur) => setCode(nettoyerCode(valeur))}
          {...(liste ? { disabled: true } : {})}
        />
        <EditeurOptions nom="options" options={options} onChange={setOptions} />
        <Box>
          <Button type="submit" loading={enCours} disabled={!titre.trim() || !estCodeValide(codeAffiche)}>
            {t('action.enregistrer')}
          </Button>
        </Box>
      </Flex>
    </Box>
  );
}
