/**
 * Read-only share links (issue #12 §2; docs/adr/0017-share-links.md).
 *  - The owner, signed in (under /api/v1): POST /shares makes a link and answers it once; GET /shares lists the
 *    links with their uses; DELETE /shares/:id revokes one at once. Another person's id answers 404.
 *  - Anyone with the link: GET /s/:token is the report of the last SHARE_REPORT_DAYS days as a page, and
 *    GET /s/:token/report.pdf the same as a PDF. They reach nothing else of the account. An unknown, expired or
 *    revoked token gets one calm "no longer active" page (404), the same for all three.
 * The token is 32 random bytes; only its SHA-256 is stored and looked up. It never reaches a log: the request log
 * names the route's pattern (/s/:token), never the URL. Every use is recorded for the owner. Answers say
 * Referrer-Policy: no-referrer (the page's own links carry no token away), Cache-Control: no-store and
 * X-Robots-Tag: noindex; the share pages have a rate limit of their own, per visitor address.
 */
import { createHash } from 'node:crypto';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import {
  CreatedShareSchema,
  CreateShareBodySchema,
  ShareListSchema,
  ShareParamsSchema,
  type Share,
} from '../../api/share-schemas.js';
import { addDays, MAX_LIVE_SHARES, SHARE_REPORT_DAYS, shareStatus, type ShareUseKind } from '../../core/index.js';
import type { Store, StoredShare } from '../../storage/index.js';
import { addressBucket } from '../address-bucket.js';
import type { Sessions } from '../auth/sessions.js';
import type { ComputedPlans } from '../computed-plans.js';
import { fail } from '../http-errors.js';
import { renderReportHtml } from '../report/report-html.js';
import { renderReportPdf } from '../report/report-pdf.js';
import { readReport } from '../report/report-read.js';
import { reportLang, reportWords } from '../report/report-words.js';
import { busyPage, inactivePage, SHARE_STYLESHEET, SHARE_STYLESHEET_PATH, sharePage } from '../share/share-page.js';

const DAY_MS = 86_400_000;
/** What newToken() makes: 32 random bytes as base64url. Anything else cannot be a link of ours. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

const shareOf = (share: StoredShare, now: string): Share => ({ ...share, status: shareStatus(share, now) });

export interface ShareRouteDeps {
  readonly store: Store;
  readonly sessions: Sessions;
  readonly now: () => Date;
  readonly newId: () => string;
  readonly newToken: () => string;
}

/** The owner's routes (registered under /api/v1, behind the session, CSRF and the API's flood control). */
export const shareRoutes =
  (deps: ShareRouteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/shares',
      { schema: { body: CreateShareBodySchema, response: { 201: CreatedShareSchema } } },
      async (request, reply) => {
        const userId = await deps.sessions.requireUserId(request);
        const now = deps.now();
        const at = now.toISOString();
        if ((await deps.store.shares.countLive(userId, at)) >= MAX_LIVE_SHARES) throw fail('too_many_shares');
        const token = deps.newToken();
        const share = {
          id: deps.newId(),
          tokenHash: tokenHash(token),
          label: request.body.label,
          createdAt: at,
          expiresAt: new Date(now.getTime() + request.body.expiresInDays * DAY_MS).toISOString(),
        };
        await deps.store.shares.create(userId, share);
        const stored: StoredShare = { ...share, revokedAt: null, lastUsedAt: null, useCount: 0, uses: [] };
        return reply.status(201).send({ share: shareOf(stored, at), path: `/s/${token}` });
      },
    );

    app.get('/shares', { schema: { response: { 200: ShareListSchema } } }, async (request) => {
      const userId = await deps.sessions.requireUserId(request);
      const now = deps.now().toISOString();
      return { shares: (await deps.store.shares.list(userId)).map((s) => shareOf(s, now)) };
    });

    app.delete('/shares/:id', { schema: { params: ShareParamsSchema } }, async (request, reply) => {
      const userId = await deps.sessions.requireUserId(request);
      if (!(await deps.store.shares.revoke(userId, request.params.id, deps.now().toISOString())))
        throw fail('not_found');
      return reply.status(204).send();
    });
  };

export interface SharePageDeps {
  readonly store: Store;
  readonly computedPlans: ComputedPlans;
  readonly now: () => Date;
  readonly newId: () => string;
  /** Share-page requests per visitor address (api-rate-limit.ts createShareLimiter). */
  readonly limiter: RateLimiterAbstract;
}

type TokenRequest = FastifyRequest<{ Params: { token: string } }>;

/** The pages anyone with a link opens (registered at the root, outside the API). */
export const sharePageRoutes =
  (deps: SharePageDeps): FastifyPluginAsync =>
  async (app) => {
    const wordsFor = (request: FastifyRequest) =>
      reportWords(reportLang(undefined, request.headers['accept-language']));
    const html = (reply: FastifyReply, status: number, body: string) =>
      reply.status(status).header('content-type', 'text/html; charset=utf-8').send(body);

    app.addHook('onRequest', async (request, reply) => {
      void reply
        .header('referrer-policy', 'no-referrer')
        .header('cache-control', 'no-store')
        .header('x-robots-tag', 'noindex, nofollow');
      try {
        await deps.limiter.consume(addressBucket(request.ip));
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        void reply.header('retry-after', String(Math.ceil(rejection.msBeforeNext / 1000)));
        return html(reply, 429, busyPage(wordsFor(request)));
      }
    });

    /** The live share the request's token opens, its use recorded; undefined (and the inactive page sent) if none. */
    async function opened(request: TokenRequest, reply: FastifyReply, kind: ShareUseKind) {
      const { token } = request.params;
      const at = deps.now().toISOString();
      const share = TOKEN_SHAPE.test(token)
        ? await deps.store.shares.open(tokenHash(token), { id: deps.newId(), at, kind })
        : undefined;
      if (!share) await html(reply, 404, inactivePage(wordsFor(request)));
      return share;
    }

    /** The report the link shows: the last SHARE_REPORT_DAYS days up to today, in the visitor's language. */
    async function report(request: FastifyRequest, userId: string) {
      const today = deps.now().toISOString().slice(0, 10);
      const lang = reportLang(undefined, request.headers['accept-language']);
      const range = { from: addDays(today, 1 - SHARE_REPORT_DAYS), to: today };
      return { range, ...(await readReport(deps, { userId, ...range, today, lang })) };
    }

    app.get('/s/:token', async (request: TokenRequest, reply) => {
      const share = await opened(request, reply, 'page');
      if (!share) return reply;
      const { range, model, words } = await report(request, share.userId);
      return html(
        reply,
        200,
        sharePage({
          words,
          // The name and the questions stay on the person's device (docs/adr/0016): the link shows neither.
          reportHtml: renderReportHtml(model, words, { name: null, questions: [] }),
          to: range.to,
          days: SHARE_REPORT_DAYS,
          expiresAt: share.expiresAt,
          pdfHref: `${request.params.token}/report.pdf`,
        }),
      );
    });

    app.get('/s/:token/report.pdf', async (request: TokenRequest, reply) => {
      const share = await opened(request, reply, 'pdf');
      if (!share) return reply;
      const { range, model, words } = await report(request, share.userId);
      const pdf = await renderReportPdf(model, words, { name: null, questions: [] });
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename="taper-report-${range.from}-to-${range.to}.pdf"`)
        .send(pdf);
    });
  };

/** The share pages' stylesheet: public, the same for everyone, cached like the app's own files. */
export const shareStylesheetRoute: FastifyPluginAsync = async (app) => {
  app.get(SHARE_STYLESHEET_PATH, (_request, reply) =>
    reply
      .header('content-type', 'text/css; charset=utf-8')
      .header('cache-control', 'public, max-age=3600')
      .send(SHARE_STYLESHEET),
  );
};
