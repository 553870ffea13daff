import { IconeGuides } from './components/IconeGuides';
import { IconeHabilitations } from './components/IconeHabilitations';
import { PluginIcon } from './components/PluginIcon';
import { PLUGIN_ID } from './plugin-id';

export default {
  register(app: { addMenuLink(lien: unknown): void; registerPlugin(plugin: unknown): void }) {
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: PluginIcon,
      intlLabel: { id: `${PLUGIN_ID}.menu`, defaultMessage: 'Instruction' },
      permissions: [{ action: 'plugin::instruction.dossiers.lire', subject: null }],
      Component: async () => (await import('./pages/App')).App,
    });
    // A second entry for administrators: rights and territories. Its route is more specific than the plugin's, so
    // it needs « Configurer les dispositifs » only (not « Consulter les dossiers » as the plugin's pages do).
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}/habilitations`,
      icon: IconeHabilitations,
      intlLabel: { id: `${PLUGIN_ID}.menu.habilitations`, defaultMessage: 'Habilitations' },
      permissions: [{ action: 'plugin::instruction.dispositifs.configurer', subject: null }],
      Component: () => import('./pages/PageHabilitations').then((mod) => ({ default: mod.PageHabilitations })),
    });
    // Likewise the guide editor, for the administrators who configure dispositifs.
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}/guides`,
      icon: IconeGuides,
      intlLabel: { id: `${PLUGIN_ID}.menu.guides`, defaultMessage: 'Guides d’instruction' },
      permissions: [{ action: 'plugin::instruction.dispositifs.configurer', subject: null }],
      Component: () => import('./pages/PageGuides').then((mod) => ({ default: mod.PageGuides })),
    });
    app.registerPlugin({ id: PLUGIN_ID, name: 'Instruction' });
  },
  bootstrap() {},
  async registerTrads({ locales }: { locales: string[] }) {
    return Promise.all(
      locales.map(async (locale) => {
        try {
          const { default: data } = await import(`./translations/${locale}.json`);
          return { data: prefixer(data), locale };
        } catch {
          return { data: {}, locale };
        }
      }),
    );
  },
};

function prefixer(data: Record<string, string>) {
  return Object.fromEntries(Object.entries(data).map(([cle, valeur]) => [`${PLUGIN_ID}.${cle}`, valeur]));
}
