import { type FormEvent, useEffect, useState } from 'react';
import {
  Box,
  Button,
  Checkbox,
  Field,
  Flex,
  SingleSelect,
  SingleSelectOption,
  Textarea,
  Typography,
} from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { lireRefus } from '../pages/operations/api';
import { useTraduction } from '../pages/useTraduction';

/** A target of the transfer (GET /instruction/dossiers/:numero/transferts-possibles). */
interface Cible {
  slug: string;
  titre: string;
  statuts: Array<{ code: string; libelle: string; etape: string }>;
}

const VIDE = { dispositif: '', vers: '', motif: '', executerActions: false };
const BORDURE_NULLE = { border: 0, padding: 0, margin: 0 };

/**
 * « Changer de dispositif »: a correction moving the dossier to another dispositif of the same form model, into a
 * statut of THAT dispositif's guide. Only shown when the server offers a target (the agent decides on both sides);
 * the server checks everything again on submit and its French refusals land on the fields.
 */
export const FormulaireTransfert = <D extends { numero: string; version: number }>({
  dossier,
  onMisAJour,
  onMessage,
  recharger,
}: {
  dossier: D;
  onMisAJour: (dossier: D) => void;
  onMessage: (type: 'success' | 'danger', texte: string) => void;
  recharger: () => Promise<void>;
}) => {
  const t = useTraduction();
  const { get, post } = useFetchClient();
  const [cibles, setCibles] = useState<Cible[]>([]);
  const [saisie, setSaisie] = useState(VIDE);
  const [erreurs, setErreurs] = useState<Record<string, string>>({});
  const [enCours, setEnCours] = useState(false);

  // Reloaded when the dossier changes dispositif (its version moves with it), not on every refresh of the page.
  useEffect(() => {
    void get<{ data: Cible[] }>(`/instruction/dossiers/${dossier.numero}/transferts-possibles`)
      .then(({ data }) => setCibles(data.data))
      .catch(() => setCibles([]));
  }, [dossier.numero, dossier.version]);

  if (cibles.length === 0) return null;
  const cible = cibles.find((c) => c.slug === saisie.dispositif);

  const transferer = async (evenement: FormEvent) => {
    evenement.preventDefault();
    const manquants: Record<string, string> = {};
    if (!saisie.dispositif) manquants.dispositif = t('transfert.erreur.dispositif');
    if (!saisie.vers) manquants.vers = t('transfert.erreur.statut');
    if (!saisie.motif.trim()) manquants.motif = t('transfert.erreur.motif');
    setErreurs(manquants);
    if (Object.keys(manquants).length > 0) return;
    setEnCours(true);
    try {
      const { data } = await post<{ data: D }>(`/instruction/dossiers/${dossier.numero}/transfert`, {
        ...saisie,
        version: dossier.version,
      });
      onMisAJour(data.data);
      setSaisie(VIDE);
      onMessage('success', t('transfert.succes', { titre: cible?.titre ?? saisie.dispositif }));
    } catch (erreur) {
      const refus = lireRefus(erreur);
      if (refus.status === 409) {
        onMessage('danger', t('erreur.conflit'));
        await recharger();
      } else if (refus.erreurs.length > 0) {
        setErreurs(Object.fromEntries(refus.erreurs.map((e) => [e.champ, e.message])));
      } else
        onMessage('danger', refus.message ? t('erreur.refus', { message: refus.message }) : t('erreur.chargement'));
    } finally {
      setEnCours(false);
    }
  };

  return (
    <Box background="neutral0" padding={6} shadow="tableShadow" hasRadius marginTop={6}>
      <form onSubmit={(e) => void transferer(e)} aria-labelledby="transfert-titre" noValidate>
        <Typography variant="delta" tag="h2" id="transfert-titre">
          {t('transfert.titre')}
        </Typography>
        <Flex direction="column" gap={4} paddingTop={4} alignItems="stretch">
          <Typography variant="pi" textColor="neutral600">
            {t('transfert.aide')}
          </Typography>
          <fieldset style={BORDURE_NULLE}>
            <legend>
              <Typography variant="pi" fontWeight="bold">
                {t('transfert.destination')}
              </Typography>
            </legend>
            <Flex direction="column" gap={4} paddingTop={2} alignItems="stretch">
              <Field.Root name="transfert-dispositif" required error={erreurs.dispositif}>
                <Field.Label>{t('transfert.dispositif')}</Field.Label>
                <SingleSelect
                  value={saisie.dispositif || null}
                  onChange={(v) => setSaisie((s) => ({ ...s, dispositif: String(v), vers: '' }))}
                >
                  {cibles.map((c) => (
                    <SingleSelectOption key={c.slug} value={c.slug}>
                      {c.titre}
                    </SingleSelectOption>
                  ))}
                </SingleSelect>
                <Field.Error />
              </Field.Root>
              <Field.Root name="transfert-vers" required error={erreurs.vers} hint={t('transfert.statutAide')}>
                <Field.Label>{t('transfert.statut')}</Field.Label>
                <SingleSelect
                  value={saisie.vers || null}
                  disabled={!cible}
                  onChange={(v) => setSaisie((s) => ({ ...s, vers: String(v) }))}
                >
                  {(cible?.statuts ?? []).map((s) => (
                    <SingleSelectOption key={s.code} value={s.code}>
                      {`${s.etape} — ${s.libelle}`}
                    </SingleSelectOption>
                  ))}
                </SingleSelect>
                <Field.Hint />
                <Field.Error />
              </Field.Root>
            </Flex>
          </fieldset>
          <Field.Root name="transfert-motif" required error={erreurs.motif}>
            <Field.Label>{t('transfert.motif')}</Field.Label>
            <Textarea
              value={saisie.motif}
              maxLength={2000}
              onChange={(e: { target: { value: string } }) => setSaisie((s) => ({ ...s, motif: e.target.value }))}
            />
            <Field.Error />
          </Field.Root>
          <Checkbox
            checked={saisie.executerActions}
            onCheckedChange={(etat) => setSaisie((s) => ({ ...s, executerActions: etat === true }))}
          >
            {t('transfert.executerActions')}
          </Checkbox>
          <Button type="submit" variant="danger-light" loading={enCours} data-testid="transferer">
            {t('transfert.valider')}
          </Button>
        </Flex>
      </form>
    </Box>
  );
};
