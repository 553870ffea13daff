/** Rate limits: runs last, it uses up the sign-in budget of the test address. */
import { env } from './env';

export function limiteDeDebit(): void {
  describe('rate limit', () => {
    it('answers 429 in French with Retry-After after too many sign-in attempts', async () => {
      let derniere: Response | undefined;
      // 20 a minute, doubled by pages.test.ts's RATE_LIMIT_MULTIPLIER.
      for (let i = 0; i < 45; i += 1) {
        derniere = await fetch(`${env.base}/auth/connexion`, { redirect: 'manual' });
        if (derniere.status === 429) break;
      }
      expect(derniere?.status).toBe(429);
      expect(Number(derniere?.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(await derniere?.text()).toContain('Trop de tentatives');
    });
  });
}
