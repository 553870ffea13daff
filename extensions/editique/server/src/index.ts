import bootstrap from './bootstrap';
import contentTypes from './content-types';
import destroy from './destroy';
import register from './register';
import services from './services';

export default {
  register,
  bootstrap,
  destroy,
  config: { default: {}, validator() {} },
  contentTypes,
  controllers: {},
  routes: {},
  services,
  policies: {},
  middlewares: {},
};
