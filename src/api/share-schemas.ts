/**
 * The HTTP contract of share links (issue #12 §2): made, listed and revoked by the signed-in person. The link is
 * answered once, when made; afterwards only its label, dates and uses are shown.
 */
import * as z from 'zod';
import { SHARE_EXPIRY_DAYS, SHARE_LABEL_MAX, SHARE_USE_KINDS } from '../core/index.js';

export const CreateShareBodySchema = z.strictObject({
  /** Who the link is for, in the person's words ("Dr Lee"). */
  label: z.string().trim().min(1, { message: 'must not be empty' }).max(SHARE_LABEL_MAX),
  expiresInDays: z
    .number()
    .int()
    .min(SHARE_EXPIRY_DAYS.min)
    .max(SHARE_EXPIRY_DAYS.max)
    .default(SHARE_EXPIRY_DAYS.default),
});
export type CreateShareBody = z.input<typeof CreateShareBodySchema>;

export const ShareParamsSchema = z.strictObject({ id: z.string().min(1).max(100) });

export const ShareSchema = z.object({
  id: z.string(),
  label: z.string(),
  createdAt: z.string(),
  expiresAt: z.string(),
  revokedAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  useCount: z.number(),
  status: z.enum(['active', 'expired', 'revoked']),
  /** The newest uses first (at most 20): when, and whether the page was read or its PDF downloaded. */
  uses: z.array(z.object({ usedAt: z.string(), kind: z.enum(SHARE_USE_KINDS) })).readonly(),
});
export type Share = z.infer<typeof ShareSchema>;

/** The new link: `path` (/s/…) holds its token and is answered this once; the server keeps only the token's hash. */
export const CreatedShareSchema = z.object({ share: ShareSchema, path: z.string() });
export type CreatedShare = z.infer<typeof CreatedShareSchema>;

export const ShareListSchema = z.object({ shares: z.array(ShareSchema).readonly() });
export type ShareList = z.infer<typeof ShareListSchema>;
