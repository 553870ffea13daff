/** Agents (admin users): their profils métiers, territoires and secteurs; no territoire means every territoire. */
import { useState } from 'react';
import {
  Button,
  MultiSelect,
  MultiSelectOption,
  Table,
  Tbody,
  Td,
  Th,
  Thead,
  Tr,
  Typography,
} from '@strapi/design-system';
import { useTraduction } from '../useTraduction';
import { type Agent, type ProfilMetier, type Territoires, useApiHabilitations } from './api';

type Envoi = (action: () => Promise<unknown>, succes: string) => Promise<boolean>;

/**
 * The chosen names as the select's text. (Tags are avoided: the design system renders a closed select's tags
 * without their text, buttons that screen readers cannot name.)
 */
const noms = (ids: string[] = [], choix: Array<{ id: number; nom: string }>) =>
  ids
    .map((id) => choix.find((c) => String(c.id) === id)?.nom)
    .filter(Boolean)
    .join(', ');

function LigneAgent({
  agent,
  profils,
  territoires,
  envoyer,
}: {
  agent: Agent;
  profils: ProfilMetier[];
  territoires: Territoires;
  envoyer: Envoi;
}) {
  const t = useTraduction();
  const api = useApiHabilitations();
  const [profilIds, setProfilIds] = useState(agent.profilMetierIds.map(String));
  const [territoireIds, setTerritoireIds] = useState(agent.territoireIds.map(String));
  const [secteurIds, setSecteurIds] = useState(agent.secteurIds.map(String));
  const secteurs = territoires.secteurs.filter((s) => territoireIds.includes(String(s.territoireId)));
  const nom = agent.nom || agent.email;
  return (
    <Tr>
      <Td>
        <Typography fontWeight="bold">{nom}</Typography>
        <Typography variant="pi" textColor="neutral600" tag="p">
          {agent.email}
        </Typography>
      </Td>
      <Td>
        <MultiSelect
          aria-label={t('habilitations.agents.profilsDe', { nom })}
          clearLabel={t('habilitations.agents.viderProfils', { nom })}
          value={profilIds}
          onChange={setProfilIds}
          customizeContent={(ids) =>
            noms(
              ids,
              profils.map((p) => ({ id: p.id, nom: p.libelle })),
            )
          }
          placeholder={t('habilitations.agents.aucunProfil')}
        >
          {profils.map((p) => (
            <MultiSelectOption key={p.id} value={String(p.id)}>
              {p.libelle}
            </MultiSelectOption>
          ))}
        </MultiSelect>
      </Td>
      <Td>
        <MultiSelect
          aria-label={t('habilitations.agents.territoiresDe', { nom })}
          clearLabel={t('habilitations.agents.viderTerritoires', { nom })}
          value={territoireIds}
          onChange={setTerritoireIds}
          customizeContent={(ids) => noms(ids, territoires.territoires)}
          placeholder={t('habilitations.agents.tousTerritoires')}
        >
          {territoires.territoires.map((te) => (
            <MultiSelectOption key={te.id} value={String(te.id)}>
              {te.nom}
            </MultiSelectOption>
          ))}
        </MultiSelect>
      </Td>
      <Td>
        <MultiSelect
          aria-label={t('habilitations.agents.secteursDe', { nom })}
          clearLabel={t('habilitations.agents.viderSecteurs', { nom })}
          value={secteurIds.filter((id) => secteurs.some((s) => String(s.id) === id))}
          onChange={setSecteurIds}
          customizeContent={(ids) => noms(ids, secteurs)}
          disabled={secteurs.length === 0}
        >
          {secteurs.map((s) => (
            <MultiSelectOption key={s.id} value={String(s.id)}>
              {s.nom}
            </MultiSelectOption>
          ))}
        </MultiSelect>
      </Td>
      <Td>
        <Button
          variant="secondary"
          aria-label={t('habilitations.agents.enregistrerPour', { nom })}
          onClick={() =>
            envoyer(
              () =>
                api.modifierAgent(agent.id, {
                  profilMetierIds: profilIds.map(Number),
                  territoireIds: territoireIds.map(Number),
                  secteurIds: secteurIds.filter((id) => secteurs.some((s) => String(s.id) === id)).map(Number),
                }),
              t('habilitations.succes.agent', { nom }),
            )
          }
        >
          {t('habilitations.enregistrer')}
        </Button>
      </Td>
    </Tr>
  );
}

export function SectionAgents({
  agents,
  profils,
  territoires,
  envoyer,
}: {
  agents: Agent[];
  profils: ProfilMetier[];
  territoires: Territoires;
  envoyer: Envoi;
}) {
  const t = useTraduction();
  return (
    <>
      <Typography variant="beta" tag="h2">
        {t('habilitations.agents.titre')}
      </Typography>
      <Typography tag="p" textColor="neutral600">
        {t('habilitations.agents.aide')}
      </Typography>
      <Table colCount={5} rowCount={agents.length + 1}>
        <Thead>
          <Tr>
            {['agent', 'profils', 'territoires', 'secteurs', 'action'].map((c) => (
              <Th key={c}>
                <Typography variant="sigma">
                  {t(`habilitations.agents.${c}` as 'habilitations.agents.agent')}
                </Typography>
              </Th>
            ))}
          </Tr>
        </Thead>
        <Tbody>
          {agents.map((a) => (
            <LigneAgent key={a.id} agent={a} profils={profils} territoires={territoires} envoyer={envoyer} />
          ))}
        </Tbody>
      </Table>
    </>
  );
}
