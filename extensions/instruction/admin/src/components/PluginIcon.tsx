import { Folder } from '@strapi/icons';

export const PluginIcon = () => <Folder />;
