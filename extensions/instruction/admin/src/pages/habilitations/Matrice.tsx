/** The matrix: rows are profils métiers, columns dispositifs, five labelled checkboxes per cell. */
import { Box, Checkbox, Flex, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { useTraduction } from '../useTraduction';
import type { Cellule, Droit, Matrice } from './api';

export const cleCellule = (profilMetierId: number, dispositifId: number) => `${profilMetierId}:${dispositifId}`;

export function TableMatrice({
  matrice,
  droits,
  basculer,
}: {
  matrice: Matrice;
  droits: ReadonlyMap<string, ReadonlySet<Droit>>;
  basculer: (profilMetierId: number, dispositifId: number, droit: Droit, tenu: boolean) => void;
}) {
  const t = useTraduction();
  if (matrice.profils.length === 0 || matrice.dispositifs.length === 0) {
    return <Typography>{t('habilitations.matrice.vide')}</Typography>;
  }
  return (
    <Box overflow="auto">
      <Table colCount={matrice.dispositifs.length + 1} rowCount={matrice.profils.length + 1}>
        <Thead>
          <Tr>
            <Th>
              <Typography variant="sigma">{t('habilitations.matrice.profil')}</Typography>
            </Th>
            {matrice.dispositifs.map((d) => (
              <Th key={d.id}>
                <Typography variant="sigma">{d.titre}</Typography>
              </Th>
            ))}
          </Tr>
        </Thead>
        <Tbody>
          {matrice.profils.map((p) => (
            <Tr key={p.id}>
              <Th>
                <Typography fontWeight="bold">{p.libelle}</Typography>
              </Th>
              {matrice.dispositifs.map((d) => {
                const tenus = droits.get(cleCellule(p.id, d.id));
                return (
                  <Td key={d.id}>
                    <Flex direction="column" alignItems="flex-start" gap={1}>
                      {matrice.droits.map((droit) => (
                        <Checkbox
                          key={droit.code}
                          checked={tenus?.has(droit.code) ?? false}
                          aria-label={t('habilitations.matrice.case', {
                            droit: droit.libelle,
                            dispositif: d.titre,
                            profil: p.libelle,
                          })}
                          onCheckedChange={(v) => basculer(p.id, d.id, droit.code, v === true)}
                        >
                          {droit.libelle}
                        </Checkbox>
                      ))}
                    </Flex>
                  </Td>
                );
              })}
            </Tr>
          ))}
        </Tbody>
      </Table>
    </Box>
  );
}

/** The cells to send: every pair holding at least one right. */
export function cellulesDe(droits: ReadonlyMap<string, ReadonlySet<Droit>>, ordre: readonly Droit[]): Cellule[] {
  return [...droits.entries()]
    .filter(([, tenus]) => tenus.size > 0)
    .map(([cle, tenus]) => {
      const [profilMetierId, dispositifId] = cle.split(':').map(Number) as [number, number];
      return { profilMetierId, dispositifId, droits: ordre.filter((d) => tenus.has(d)) };
    });
}
