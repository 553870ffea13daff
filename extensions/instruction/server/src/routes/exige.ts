/** Route config requiring a Strapi admin RBAC action; the scope per dispositif and territoire is applied by services. */
export const exige = (action: string) => ({
  policies: [{ name: 'admin::hasPermissions', config: { actions: [action] } }],
});
