import { figure } from './suppress';
import { validateRange } from './validation';
import { welfareSums, type WelfareGroup } from './welfare-store';
import type { StatsContext } from './resolvers';
import type { QueryWelfareStatsArgs } from './__generated__/resolvers-types';

const GROUPS: Record<string, WelfareGroup> = { RESOURCE_TYPE: 'resource_type', DONG: 'dong' };

/**
 * welfareStats: public counts of people, so every figure of 1–4 is
 * suppressed on its own (suppress.ts); the figures are independent counts,
 * none derived from another, so no other figure gives a suppressed one back.
 */
export const welfareStatsResolvers = {
  Query: {
    async welfareStats(_: unknown, args: QueryWelfareStatsArgs, ctx: StatsContext) {
      const range = validateRange(args.range);
      const rows = await welfareSums(ctx.store, range, args.groupBy ? GROUPS[args.groupBy]! : null);
      const series = new Map<string | null, { group: string | null; points: unknown[] }>();
      for (const r of rows) {
        let s = series.get(r.group);
        if (!s) series.set(r.group, (s = { group: r.group, points: [] }));
        s.points.push({
          period: r.period,
          recommendations: figure(r.recommendations, r.recommendations),
          duplicatesPrevented: figure(r.duplicatesPrevented, r.duplicatesPrevented),
          ineligibleBlocked: figure(r.ineligibleBlocked, r.ineligibleBlocked),
          concentrationWarnings: figure(r.concentrationWarnings, r.concentrationWarnings),
          confirmedRecipients: figure(r.confirmedRecipients, r.confirmedRecipients),
        });
      }
      return [...series.values()];
    },
  },
};
