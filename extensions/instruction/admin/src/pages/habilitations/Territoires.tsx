/** Territoire types, territoires (with their communes, imported as INSEE codes) and secteurs. */
import { useState } from 'react';
import { Box, Button, Field, Flex, Table, Tbody, Td, Textarea, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { useTraduction } from '../useTraduction';
import { lireCodes, type Territoires as Donnees, useApiHabilitations } from './api';
import { Choix, Formulaire, Texte } from './Formulaires';

type Envoi = (action: () => Promise<unknown>, succes: string) => Promise<boolean>;

function Communes({ id, nom, communes, envoyer }: { id: number; nom: string; communes: string; envoyer: Envoi }) {
  const t = useTraduction();
  const api = useApiHabilitations();
  const [texte, setTexte] = useState(communes);
  return (
    <Flex gap={2} alignItems="flex-end">
      <Field.Root name={`communes-${id}`} id={`communes-${id}`} hint={t('habilitations.territoires.communesAide')}>
        <Field.Label>{t('habilitations.territoires.communesDe', { nom })}</Field.Label>
        <Textarea value={texte} onChange={(e: { target: { value: string } }) => setTexte(e.target.value)} />
        <Field.Hint />
      </Field.Root>
      <Button
        variant="secondary"
        onClick={() => envoyer(() => api.definirCommunes(id, lireCodes(texte)), t('habilitations.succes.communes'))}
      >
        {t('habilitations.territoires.importer')}
      </Button>
    </Flex>
  );
}

export function SectionTerritoires({ donnees, envoyer }: { donnees: Donnees; envoyer: Envoi }) {
  const t = useTraduction();
  const api = useApiHabilitations();
  const types = donnees.types.map((ty) => ({ valeur: ty.code, libelle: ty.libelle }));
  const territoires = donnees.territoires.map((te) => ({ valeur: String(te.id), libelle: te.nom }));
  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Typography variant="beta" tag="h2">
        {t('habilitations.territoires.titre')}
      </Typography>
      <Formulaire
        titre={t('habilitations.territoires.nouveauType')}
        bouton={t('habilitations.ajouter')}
        envoyer={(v) =>
          envoyer(() => api.creerType({ code: v.code ?? '', libelle: v.libelle ?? '' }), t('habilitations.succes.type'))
        }
      >
        {(v, c) => (
          <>
            <Texte nom="code" libelle={t('habilitations.champ.code')} valeurs={v} changer={c} />
            <Texte nom="libelle" libelle={t('habilitations.champ.libelle')} valeurs={v} changer={c} />
          </>
        )}
      </Formulaire>
      <Formulaire
        titre={t('habilitations.territoires.nouveau')}
        bouton={t('habilitations.ajouter')}
        envoyer={(v) =>
          envoyer(
            () => api.creerTerritoire({ code: v.code ?? '', nom: v.nom ?? '', typeCode: v.typeCode ?? '' }),
            t('habilitations.succes.territoire'),
          )
        }
      >
        {(v, c) => (
          <>
            <Texte nom="code" libelle={t('habilitations.champ.code')} valeurs={v} changer={c} />
            <Texte nom="nom" libelle={t('habilitations.champ.nom')} valeurs={v} changer={c} />
            <Choix nom="typeCode" libelle={t('habilitations.champ.type')} valeurs={v} changer={c} options={types} />
          </>
        )}
      </Formulaire>
      {donnees.territoires.length === 0 ? (
        <Typography>{t('habilitations.territoires.vide')}</Typography>
      ) : (
        <Table colCount={3} rowCount={donnees.territoires.length + 1}>
          <Thead>
            <Tr>
              <Th>
                <Typography variant="sigma">{t('habilitations.champ.nom')}</Typography>
              </Th>
              <Th>
                <Typography variant="sigma">{t('habilitations.territoires.secteurs')}</Typography>
              </Th>
              <Th>
                <Typography variant="sigma">{t('habilitations.territoires.communes')}</Typography>
              </Th>
            </Tr>
          </Thead>
          <Tbody>
            {donnees.territoires.map((te) => (
              <Tr key={te.id}>
                <Td>
                  <Typography fontWeight="bold">{te.nom}</Typography>
                  <Typography variant="pi" textColor="neutral600" tag="p">
                    {te.code} · {donnees.types.find((ty) => ty.code === te.typeCode)?.libelle ?? te.typeCode}
                  </Typography>
                </Td>
                <Td>
                  <Typography>
                    {donnees.secteurs
                      .filter((s) => s.territoireId === te.id)
                      .map((s) => s.nom)
                      .join(', ') || '—'}
                  </Typography>
                </Td>
                <Td>
                  <Communes
                    id={te.id}
                    nom={te.nom}
                    communes={te.communes.map((c) => c.code).join(' ')}
                    envoyer={envoyer}
                  />
                </Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
      )}
      <Box>
        <Formulaire
          titre={t('habilitations.secteurs.nouveau')}
          bouton={t('habilitations.ajouter')}
          envoyer={(v) =>
            envoyer(
              () =>
                api.creerSecteur({
                  code: v.code ?? '',
                  nom: v.nom ?? '',
                  territoireId: Number(v.territoireId),
                  communes: lireCodes(v.communes ?? ''),
                }),
              t('habilitations.succes.secteur'),
            )
          }
        >
          {(v, c) => (
            <>
              <Texte nom="code" libelle={t('habilitations.champ.code')} valeurs={v} changer={c} />
              <Texte nom="nom" libelle={t('habilitations.champ.nom')} valeurs={v} changer={c} />
              <Choix
                nom="territoireId"
                libelle={t('habilitations.champ.territoire')}
                valeurs={v}
                changer={c}
                options={territoires}
              />
              <Texte nom="communes" libelle={t('habilitations.territoires.communes')} valeurs={v} changer={c} />
            </>
          )}
        </Formulaire>
      </Box>
    </Flex>
  );
}
