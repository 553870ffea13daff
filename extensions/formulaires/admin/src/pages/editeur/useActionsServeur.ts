/**
 * The builder's writes: fields and each view are saved separately with the revision they were based on; a 409 means
 * someone else saved in between (the page must be reloaded), a 422 lists the server's French problems.
 */
import { useCallback, useEffect, useRef, useState, type Dispatch } from 'react';
import { useNotification } from '@strapi/strapi/admin';
import type { Vue } from '../../../../contracts/admin-api';
import type { Modele } from '../../../../domain/modele';
import { sansLignesVides } from '../../../../domain/edition/vues';
import { lireErreur } from '../../api/erreurs';
import { useApi } from '../../api/useApi';
import type { Compte } from '../../components/Problemes';
import type { CleTraduction, Traduire } from '../../utils/useTraduction';
import { modifications, type Action, type EtatEditeur } from './etat';

export function useActionsServeur(
  etat: EtatEditeur,
  dispatch: Dispatch<Action>,
  t: Traduire,
  setCompte: (compte: Compte | null) => void,
) {
  const api = useApi();
  const { toggleNotification } = useNotification();
  const [enCours, setEnCours] = useState(false);
  // Async handlers read the state as it is when they run, not as it was when they were created.
  const courant = useRef(etat);
  useEffect(() => {
    courant.current = etat;
  }, [etat]);

  const echec = useCallback(
    (erreur: unknown, titre422: CleTraduction, partiel = false) => {
      const e = lireErreur(erreur);
      // A part saved alone may be refused for what another unsaved part fixes (a renamed or deleted field).
      const conseil = partiel && modifications(courant.current).total > 1 ? [t('enregistrement.ordre')] : [];
      if (e.statut === 409) setCompte({ titre: t('erreur.conflit') });
      else if (e.statut === 422) setCompte({ titre: t(titre422), problemes: [...e.problemes, ...conseil] });
      else setCompte({ titre: t('erreur.enregistrement'), problemes: e.message ? [e.message] : [] });
    },
    [setCompte, t],
  );

  const executer = useCallback(async (action: () => Promise<void>) => {
    setEnCours(true);
    try {
      await action();
    } finally {
      setEnCours(false);
    }
  }, []);

  const enregistrerChamps = useCallback(
    () =>
      executer(async () => {
        const { detail, modele } = courant.current;
        try {
          const base = modele.champs;
          const reponse = await api.enregistrerChamps(detail.id, { revision: detail.revision, champs: base });
          dispatch({ type: 'champsEnregistres', detail: reponse, base });
          setCompte(null);
          toggleNotification({ type: 'success', message: t('enregistrement.champsOk') });
        } catch (erreur) {
          echec(erreur, 'enregistrement.champsRefuses', true);
        }
      }),
    [api, dispatch, echec, executer, setCompte, t, toggleNotification],
  );

  const enregistrerVue = useCallback(
    (vue: Vue) =>
      executer(async () => {
        const { detail, modele } = courant.current;
        const base = modele.vues[vue];
        try {
          const disposition = base ? sansLignesVides(base) : null;
          const reponse = await api.enregistrerVue(detail.id, vue, { revision: detail.revision, disposition });
          dispatch({ type: 'vueEnregistree', detail: reponse, vue, base });
          setCompte(null);
          toggleNotification({ type: 'success', message: t('enregistrement.vueOk', { vue: t(`vue.${vue}`) }) });
        } catch (erreur) {
          echec(erreur, 'enregistrement.vueRefusee', true);
        }
      }),
    [api, dispatch, echec, executer, setCompte, t, toggleNotification],
  );

  const publier = useCallback(
    () =>
      executer(async () => {
        const { detail } = courant.current;
        try {
          const version = await api.publier(detail.id, { revision: detail.revision });
          dispatch({ type: 'entete', detail: await api.lireModele(detail.id) });
          setCompte({ titre: t('publication.ok', { numero: version.numero }), variante: 'success' });
        } catch (erreur) {
          echec(erreur, 'publication.refusee');
        }
      }),
    [api, dispatch, echec, executer, setCompte, t],
  );

  const exporter = useCallback(
    () =>
      executer(async () => {
        const { detail } = courant.current;
        try {
          const fichier = await api.exporter(detail.id);
          const url = URL.createObjectURL(fichier);
          const lien = document.createElement('a');
          lien.href = url;
          lien.download = `modele-${detail.code}.json`;
          lien.click();
          URL.revokeObjectURL(url);
        } catch (erreur) {
          echec(erreur, 'erreur.enregistrement');
        }
      }),
    [api, echec, executer],
  );

  /** Fields and every view in one request: one validation, one compare-and-set on the revision. */
  const enregistrerTout = useCallback(
    () =>
      executer(async () => {
        const { detail, modele } = courant.current;
        try {
          const vues = Object.fromEntries(
            Object.entries(modele.vues).map(([vue, disposition]) => [vue, disposition && sansLignesVides(disposition)]),
          );
          const contenu = { ...modele, vues: vues as Modele['vues'] };
          const reponse = await api.enregistrerContenu(detail.id, { revision: detail.revision, contenu });
          dispatch({ type: 'contenuEnregistre', detail: reponse, base: modele });
          setCompte(null);
          toggleNotification({ type: 'success', message: t('enregistrement.toutOk') });
        } catch (erreur) {
          echec(erreur, 'enregistrement.toutRefuse');
        }
      }),
    [api, dispatch, echec, executer, setCompte, t, toggleNotification],
  );

  return { enCours, enregistrerChamps, enregistrerVue, enregistrerTout, publier, exporter };
}
