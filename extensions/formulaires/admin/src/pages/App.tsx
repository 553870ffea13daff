import { Route, Routes } from 'react-router-dom';
import { Page } from '@strapi/strapi/admin';
import { PERMISSION_CONFIGURER } from '../plugin-id';
import { ListeModeles } from './liste/ListeModeles';
import { PageEditeur } from './editeur/PageEditeur';
import { PageReferentiels } from './referentiels/PageReferentiels';

export const App = () => (
  <Page.Protect permissions={PERMISSION_CONFIGURER}>
    <Routes>
      <Route index element={<ListeModeles />} />
      <Route path="modeles/:id" element={<PageEditeur />} />
      <Route path="referentiels" element={<PageReferentiels />} />
    </Routes>
  </Page.Protect>
);
