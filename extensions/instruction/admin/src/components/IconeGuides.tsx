import { ManyWays } from '@strapi/icons';

export const IconeGuides = () => <ManyWays />;
