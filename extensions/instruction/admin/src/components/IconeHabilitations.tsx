import { Shield } from '@strapi/icons';

export const IconeHabilitations = () => <Shield />;
