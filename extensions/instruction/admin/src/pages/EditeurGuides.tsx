/**
 * Guide editor for functional administrators (« Configurer les dispositifs »), at /admin/plugins/instruction/guides:
 * the list of dispositifs, then one dispositif's guide (étapes, statuts, transitions, actions).
 */
import { Route, Routes } from 'react-router-dom';
import { EditeurGuide } from './guides/EditeurGuide';
import { ListeDispositifs } from './guides/ListeDispositifs';

export const EditeurGuides = () => (
  <Routes>
    <Route index element={<ListeDispositifs />} />
    <Route path=":slug" element={<EditeurGuide />} />
  </Routes>
);
