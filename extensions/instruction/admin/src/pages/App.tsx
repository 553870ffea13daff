import { Route, Routes } from 'react-router-dom';
import { Page } from '@strapi/strapi/admin';
import { ListeDossiers } from './ListeDossiers';
import { DetailDossier } from './DetailDossier';
import { CreerDossier } from './CreerDossier';
import { EditeurGuides } from './EditeurGuides';
import { Habilitations } from './Habilitations';

const configurer = [{ action: 'plugin::instruction.dispositifs.configurer', subject: null }];

export const App = () => (
  <Page.Protect permissions={[{ action: 'plugin::instruction.dossiers.lire', subject: null }]}>
    <Routes>
      <Route index element={<ListeDossiers />} />
      <Route path="dossiers/nouveau" element={<CreerDossier />} />
      <Route path="dossiers/:numero" element={<DetailDossier />} />
      <Route
        path="guides/*"
        element={
          <Page.Protect permissions={configurer}>
            <EditeurGuides />
          </Page.Protect>
        }
      />
      <Route
        path="habilitations/*"
        element={
          <Page.Protect permissions={configurer}>
            <Habilitations />
          </Page.Protect>
        }
      />
    </Routes>
  </Page.Protect>
);
