import type { Core } from '@strapi/strapi';
import { createRemoteJWKSet, jwtVerify, type JWTPayload } from 'jose';
import { z } from 'zod';

const config = z.object({
  OIDC_ISSUER: z.string().url().default('http://localhost:8080/realms/guichet'),
  OIDC_AUDIENCE: z.string().min(1).default('urn:guichet:api'),
});

const claims = z.object({
  sub: z.string().min(1).max(255),
  email: z.string().email(),
  given_name: z.string().max(200).optional(),
  family_name: z.string().max(200).optional(),
});

/**
 * The Keycloak bridge. We do not use users-permissions' built-in keycloak provider: it calls userinfo over https
 * only and links accounts by email. Here the access token is verified against the realm's JWKS and the account is
 * linked by the OIDC subject.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const { OIDC_ISSUER, OIDC_AUDIENCE } = config.parse(process.env);
  const jwks = createRemoteJWKSet(new URL(`${OIDC_ISSUER}/protocol/openid-connect/certs`));

  async function verifier(jeton: string): Promise<z.infer<typeof claims>> {
    const { payload } = await jwtVerify(jeton, jwks, {
      issuer: OIDC_ISSUER,
      audience: OIDC_AUDIENCE,
      algorithms: ['RS256'],
    });
    return claims.parse(payload as JWTPayload);
  }

  async function compteLie(c: z.infer<typeof claims>) {
    const users = strapi.db.query('plugin::users-permissions.user');
    const existant = await users.findOne({ where: { oidcSub: c.sub } });
    const profil = { email: c.email.toLowerCase(), prenom: c.given_name ?? '', nom: c.family_name ?? '' };
    if (existant) {
      // Names and email follow the identity provider, which is their authority.
      return users.update({ where: { id: existant.id }, data: profil });
    }
    const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'usager' } });
    return users.create({
      data: {
        ...profil,
        username: `oidc-${c.sub}`,
        oidcSub: c.sub,
        provider: 'oidc',
        confirmed: true,
        blocked: false,
        role: role.id,
      },
    });
  }

  return {
    /** Exchanges a verified OIDC access token for a users-permissions JWT; null when the token is not valid. */
    async ouvrirSession(jeton: string) {
      let c: z.infer<typeof claims>;
      try {
        c = await verifier(jeton);
      } catch (erreur) {
        strapi.log.info(`[usagers] jeton OIDC refusé : ${(erreur as Error).message}`);
        return null;
      }
      const usager = await compteLie(c);
      if (usager.blocked) return null;
      const jwt = strapi.plugin('users-permissions').service('jwt').issue({ id: usager.id });
      return {
        jwt,
        usager: { id: usager.id, prenom: usager.prenom ?? '', nom: usager.nom ?? '', email: usager.email },
      };
    },
  };
};
