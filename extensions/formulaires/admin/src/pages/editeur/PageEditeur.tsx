import { useEffect, useState } from 'react';
import { useParams } from 'react-router-dom';
import { Page } from '@strapi/strapi/admin';
import type { ListeReferentiel, ModeleDetail } from '../../../../contracts/admin-api';
import { useApi } from '../../api/useApi';
import { Editeur } from './Editeur';

/** Loads the model and the administrator lists, then hands over to the builder. */
export const PageEditeur = () => {
  const { id } = useParams();
  const api = useApi();
  const [detail, setDetail] = useState<ModeleDetail | null>(null);
  const [referentiels, setReferentiels] = useState<ListeReferentiel[]>([]);
  const [echec, setEchec] = useState(false);

  useEffect(() => {
    if (!id) return;
    let annule = false;
    api
      .lireModele(id)
      .then((lu) => !annule && setDetail(lu))
      .catch(() => !annule && setEchec(true));
    // The lists only feed the liste_referentiel settings and the preview: the builder works without them.
    api
      .listerReferentiels()
      .then((listes) => !annule && setReferentiels(listes))
      .catch(() => undefined);
    return () => {
      annule = true;
    };
  }, [api, id]);

  if (echec) return <Page.Error />;
  if (!detail) return <Page.Loading />;
  return <Editeur key={detail.id} detailInitial={detail} referentiels={referentiels} />;
};
