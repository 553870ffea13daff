import { Route, Routes } from 'react-router-dom';
import { Page } from '@strapi/strapi/admin';
import { ListeDossiers } from './ListeDossiers';
import { DetailDossier } from './DetailDossier';

export const App = () => (
  <Page.Protect permissions={[{ action: 'plugin::instruction.dossiers.lire', subject: null }]}>
    <Routes>
      <Route index element={<ListeDossiers />} />
      <Route path="dossiers/:numero" element={<DetailDossier />} />
    </Routes>
  </Page.Protect>
);
