import { PluginIcon } from './components/PluginIcon';
import { PERMISSION_CONFIGURER, PLUGIN_ID } from './plugin-id';

export default {
  register(app: { addMenuLink(lien: unknown): void; registerPlugin(plugin: unknown): void }) {
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: PluginIcon,
      intlLabel: { id: `${PLUGIN_ID}.menu`, defaultMessage: 'Formulaires' },
      permissions: PERMISSION_CONFIGURER,
      Component: async () => (await import('./pages/App')).App,
    });
    app.registerPlugin({ id: PLUGIN_ID, name: 'Formulaires' });
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
