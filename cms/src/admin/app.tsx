// No call to GitHub for release notes, no tutorials: the admin must work on a closed network.
export default {
  config: { locales: ['fr'], notifications: { releases: false }, tutorials: false },
  bootstrap() {},
};
