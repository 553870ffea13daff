import { Route, Routes } from 'react-router-dom';
import { Page } from '@strapi/strapi/admin';
import { ListeDossiers } from './ListeDossiers';
import { DetailDossier } from './DetailDossier';
import { CreerDossier } from './CreerDossier';

/**
 * The agents' pages (« Consulter les dossiers »). The administrators' pages — guides and habilitations — have their
 * own menu entries (PageGuides, PageHabilitations), protected by « Configurer les dispositifs » alone.
 */
export const App = () => (
  <Page.Protect permissions={[{ action: 'plugin::instruction.dossiers.lire', subject: null }]}>
    <Routes>
      <Route index element={<ListeDossiers />} />
      <Route path="dossiers/nouveau" element={<CreerDossier />} />
      <Route path="dossiers/:numero" element={<DetailDossier />} />
    </Routes>
  </Page.Protect>
);
