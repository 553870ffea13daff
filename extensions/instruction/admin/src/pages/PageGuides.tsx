/** The « Guides d'instruction » menu entry: only administrators holding « Configurer les dispositifs » reach it. */
import { Page } from '@strapi/strapi/admin';
import { EditeurGuides } from './EditeurGuides';

const configurer = [{ action: 'plugin::instruction.dispositifs.configurer', subject: null }];

export const PageGuides = () => (
  <Page.Protect permissions={configurer}>
    <EditeurGuides />
  </Page.Protect>
);
