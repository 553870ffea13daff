import oidc from './oidc';

export default { oidc };
