/** The « Habilitations » menu entry: only administrators holding « Configurer les dispositifs » reach the page. */
import { Page } from '@strapi/strapi/admin';
import { Habilitations } from './Habilitations';

const configurer = [{ action: 'plugin::instruction.dispositifs.configurer', subject: null }];

export const PageHabilitations = () => (
  <Page.Protect permissions={configurer}>
    <Habilitations />
  </Page.Protect>
);
