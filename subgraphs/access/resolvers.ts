import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { issueKey, updateKey, type QuotaDefaults } from '../../common/access/issue-key';
import { listKeys, revokeKey, usage } from '../../common/access/store';
import type { Principal } from '../../common/auth';
import { badInput, HubError } from '../../common/errors';
import type { Store } from '../../store';
import type { CreateApiKeyInput, QueryApiKeyUsageArgs, UpdateApiKeyInput } from './__generated__/resolvers-types';

export interface AccessContext {
  principal(): Promise<Principal | null>;
}

async function admin(ctx: AccessContext): Promise<Principal> {
  const p = await ctx.principal();
  if (!p) throw new HubError('UNAUTHENTICATED');
  if (p.role !== 'ADMIN' || p.partner) throw new HubError('FORBIDDEN');
  return p;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function kstDay(offsetDays: number): string {
  return new Date(Date.now() + 9 * 3600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

function day(field: string, value: string | null | undefined, fallback: string): string {
  if (value == null) return fallback;
  if (!DAY.test(value) || Number.isNaN(Date.parse(value))) throw badInput(field, `${field}는 YYYY-MM-DD입니다.`, `${field} must be YYYY-MM-DD.`);
  return value;
}

/** Admin operations on partner keys; the gateway's key checks use the same store (common/access). */
export function createResolvers(store: Store, defaults: QuotaDefaults): GraphQLResolverMap<AccessContext> {
  return {
    Query: {
      apiKeys: async (_: unknown, _args: unknown, ctx: AccessContext) => {
        await admin(ctx);
        return listKeys(store);
      },
      apiKeyUsage: async (_: unknown, args: QueryApiKeyUsageArgs, ctx: AccessContext) => {
        await admin(ctx);
        return usage(store, args.keyId ?? null, day('from', args.from, kstDay(-30)), day('to', args.to, kstDay(0)));
      },
    },
    Mutation: {
      createApiKey: async (_: unknown, { input }: { input: CreateApiKeyInput }, ctx: AccessContext) => {
        const p = await admin(ctx);
        return issueKey(store, input, defaults, p.sub);
      },
      revokeApiKey: async (_: unknown, { id }: { id: string }, ctx: AccessContext) => {
        const p = await admin(ctx);
        const revoked = await revokeKey(store, id, p.sub);
        if (!revoked) throw new HubError('NOT_FOUND', { ko: '그런 서비스 키가 없습니다.', en: 'No such API key.' });
        return revoked;
      },
      updateApiKey: async (_: unknown, { id, input }: { id: string; input: UpdateApiKeyInput }, ctx: AccessContext) => {
        await admin(ctx);
        const updated = await updateKey(store, id, input);
        if (!updated) throw new HubError('NOT_FOUND', { ko: '그런 서비스 키가 없습니다.', en: 'No such API key.' });
        return updated;
      },
    },
  } as GraphQLResolverMap<AccessContext>;
}


