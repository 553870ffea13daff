import { useIntl } from 'react-intl';
import { Paperclip } from '@strapi/icons';
import { Box, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import type { ListeReferentiel } from '../../../../../contracts/admin-api';
import type { Champ, Valeur } from '../../../../../domain/modele';
import { fichierExemple } from '../../../../../domain/edition/exemples';
import { useTraduction } from '../../../utils/useTraduction';

/** A sample value as the form would show it once filled in. */
export function ValeurApercu({
  champ,
  valeur,
  referentiels,
}: {
  champ: Champ;
  valeur: Valeur | undefined;
  referentiels: readonly ListeReferentiel[];
}) {
  const t = useTraduction();
  const { formatNumber, formatDate } = useIntl();
  const euros = (n: number) => formatNumber(n, { style: 'currency', currency: 'EUR' });

  switch (champ.type) {
    case 'note':
      return (
        <>
          {champ.contenu.split(/\n\s*\n/).map((paragraphe, i) => (
            <Typography key={i} tag="p">
              {paragraphe}
            </Typography>
          ))}
        </>
      );
    case 'justificatif':
      return (
        <Typography>
          <Paperclip aria-hidden /> {fichierExemple(champ)}
          {champ.typeDocument ? ` — ${champ.typeDocument}` : ''}
        </Typography>
      );
    case 'tableau': {
      const lignes = Array.isArray(valeur) ? (valeur as Array<Record<string, unknown>>) : [];
      return (
        <Table colCount={champ.colonnes.length + (champ.lignes ? 1 : 0)} rowCount={lignes.length + 1}>
          <Thead>
            <Tr>
              {champ.lignes ? <Th>{null}</Th> : null}
              {champ.colonnes.map((c) => (
                <Th key={c.code}>
                  <Typography variant="sigma">{c.libelle || c.code}</Typography>
                </Th>
              ))}
            </Tr>
          </Thead>
          <Tbody>
            {lignes.map((ligne, i) => (
              <Tr key={i}>
                {champ.lignes ? (
                  <Th>
                    <Typography>{champ.lignes[i]?.libelle}</Typography>
                  </Th>
                ) : null}
                {champ.colonnes.map((c) => (
                  <Td key={c.code}>
                    <Typography>{texte(ligne[c.code], c.type === 'montant' ? euros : undefined)}</Typography>
                  </Td>
                ))}
              </Tr>
            ))}
          </Tbody>
        </Table>
      );
    }
    case 'api_particulier':
    case 'api_r2p': {
      const donnees = valeur && typeof valeur === 'object' && !Array.isArray(valeur) ? Object.entries(valeur) : [];
      return (
        <Box tag="dl">
          {donnees.map(([cle, v]) => (
            <Typography key={cle} tag="div">
              <strong>{cle}</strong> : {texte(v)}
            </Typography>
          ))}
        </Box>
      );
    }
    case 'case_a_cocher':
      return <Typography>{texte(valeur)}</Typography>;
    default:
      return (
        <Typography>
          {lisible(champ, valeur, referentiels, euros, (iso) => formatDate(iso)) ?? t('apercu.vide')}
        </Typography>
      );
  }

  function texte(v: unknown, format?: (n: number) => string): string {
    if (v === null || v === undefined || v === '') return '—';
    if (typeof v === 'boolean') return v ? t('apercu.oui') : t('apercu.non');
    if (typeof v === 'number' && format) return format(v);
    return String(v);
  }
}

function lisible(
  champ: Champ,
  valeur: Valeur | undefined,
  referentiels: readonly ListeReferentiel[],
  euros: (n: number) => string,
  date: (iso: string) => string,
): string | null {
  if (valeur === null || valeur === undefined || valeur === '') return null;
  const libelleOption = (options: ReadonlyArray<{ valeur: string; libelle: string }>, cle: unknown) =>
    options.find((o) => o.valeur === cle)?.libelle ?? String(cle);
  switch (champ.type) {
    case 'montant':
      return typeof valeur === 'number' ? euros(valeur) : String(valeur);
    case 'calcul':
      return typeof valeur === 'number' && champ.unite === 'euros' ? euros(valeur) : String(valeur);
    case 'date':
      return typeof valeur === 'string' ? date(valeur) : null;
    case 'boutons_radio':
    case 'liste':
      return libelleOption(champ.options, valeur);
    case 'cases_multiples':
      return Array.isArray(valeur) ? valeur.map((v) => libelleOption(champ.options, v)).join(', ') : null;
    case 'liste_referentiel':
      return libelleOption(referentiels.find((r) => r.code === champ.referentiel)?.options ?? [], valeur);
    case 'adresse':
      return typeof valeur === 'object' && !Array.isArray(valeur) && 'libelle' in valeur
        ? String(valeur.libelle)
        : null;
    default:
      return typeof valeur === 'object' ? JSON.stringify(valeur) : String(valeur);
  }
}
