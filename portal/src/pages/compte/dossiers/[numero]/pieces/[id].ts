/**
 * GET /compte/dossiers/:numero/pieces/:id: downloads a file through the portal (the CMS JWT never reaches the
 * browser). Streams the CMS response; always as an attachment, never sniffed.
 */
import type { APIRoute } from 'astro';
import { pageIntrouvable, reponseErreurCms, sessionRequise } from '../../../../../lib/pages';
import { dispositionPieceJointe } from '../../../../../lib/pieces';
import { services } from '../../../../../lib/services';

export const GET: APIRoute = async (ctx) => {
  const session = sessionRequise(ctx);
  const numero = ctx.params.numero ?? '';
  const id = Number(ctx.params.id);
  if (!Number.isSafeInteger(id) || id <= 0) return pageIntrouvable(ctx);
  try {
    const reponse = await services().cms.telechargerPiece(session.jwt, numero, id);
    const entetes = new Headers({
      'Content-Type': reponse.headers.get('content-type') ?? 'application/octet-stream',
      'Content-Disposition': dispositionPieceJointe(reponse.headers.get('content-disposition')),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, no-store',
    });
    const longueur = reponse.headers.get('content-length');
    if (longueur) entetes.set('Content-Length', longueur);
    return new Response(reponse.body, { status: 200, headers: entetes });
  } catch (erreur) {
    return reponseErreurCms(ctx, erreur, `/compte/dossiers/${encodeURIComponent(numero)}`);
  }
};
