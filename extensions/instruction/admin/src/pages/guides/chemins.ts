import { PLUGIN_ID } from '../../plugin-id';

/** Where the guide editor lives in the admin (the link to give administrators: /admin/plugins/instruction/guides). */
export const CHEMINS_GUIDES = {
  liste: `/plugins/${PLUGIN_ID}/guides`,
  guide: (slug: string) => `/plugins/${PLUGIN_ID}/guides/${encodeURIComponent(slug)}`,
};
