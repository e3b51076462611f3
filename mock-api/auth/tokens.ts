/**
 * Integration tokens: a random secret given once to the client (`pt_…`), only its SHA-256 kept.
 * A token acts for the person who created it, only to record what its scopes allow for its pilots.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Database, IntegrationToken, TokenScope, User } from '../../src/domain/types';

export const TOKEN_PREFIX = 'pt_';
const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');

export const isIntegrationSecret = (token: string) => token.startsWith(TOKEN_PREFIX);

/** The token without its hash: how the API shows it. */
export const publicToken = ({ tokenHash: _hash, ...token }: Database['tokens'][number]): IntegrationToken => token;

export function createToken(db: Database, userId: number, fields: { name: string; pilotIds: number[]; scopes: TokenScope[] }, now = new Date()): { secret: string; token: IntegrationToken } {
  const secret = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  const stored = { id: db._sequences.tokens, ...fields, userId, createdAt: now.toISOString(), lastUsedAt: null, tokenHash: hashSecret(secret) };
  db._sequences.tokens += 1;
  db.tokens.push(stored);
  return { secret, token: publicToken(stored) };
}

/** The token of a secret and the person it acts for (who must still be active); notes its use. */
export function useToken(db: Database, secret: string, now = new Date()): { token: IntegrationToken; user: User } | undefined {
  const tokenHash = hashSecret(secret);
  const stored = db.tokens.find((t) => t.tokenHash === tokenHash);
  const user = stored && db.users.find((u) => u.id === stored.userId);
  if (!stored || !user?.active) return undefined;
  // Kept with the write the token makes (a token does nothing else), or the next commit.
  stored.lastUsedAt = now.toISOString();
  return { token: publicToken(stored), user };
}
