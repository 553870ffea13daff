import path from 'path';
import { compileStrapi } from '@strapi/strapi';

/** Strapi loads dist/config/*.js: compile the app's TypeScript once per run (about 5 s). */
export default async () => {
  if (process.env.SKIP_COMPILE !== 'true') await compileStrapi({ appDir: path.resolve(__dirname, '..', '..') });
};
