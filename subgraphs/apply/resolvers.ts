import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { Principal } from '../../common/auth';
import { badInput } from '../../common/errors';
import type { Store } from '../../store';
import type {
  ChildcareCenterWaitlistArgs,
  MutationAdmitApplicationArgs,
  MutationApplyForAdmissionArgs,
  MutationCancelReservationArgs,
  MutationCreateCareSlotArgs,
  MutationCreatePriorityRuleSetArgs,
  MutationExtendApplicationArgs,
  MutationOfferSeatArgs,
  MutationRegisterChildArgs,
  MutationRequestHospitalisedChildCareArgs,
  MutationReserveCareSlotArgs,
  MutationRespondToOfferArgs,
  MutationUpdateContactArgs,
  MutationUpdateHospitalisedCareRequestArgs,
  MutationVerifyPriorityClaimsArgs,
  MutationWithdrawApplicationArgs,
  QueryApplicationArgs,
  QueryApplicationEventsArgs,
  QueryCareSlotsArgs,
  QueryFacilityApplicationsArgs,
  QueryMyNotificationsArgs,
  QueryPriorityRuleSetArgs,
} from './__generated__/resolvers-types';
import { canManageFacility, requireFacilityManager, requirePrincipal, requireRole } from './access';
import * as admission from './admission';
import { kstDate, parseDate, parseInstant } from './dates';
import * as family from './family';
import type { ApplyLoaders } from './loaders';
import { maskName } from './mask';
import type { ApplyOptions } from './options';
import { ruleSetOn } from './priority';
import * as reservations from './reservations';
import * as db from './store';

export interface ApplyContext {
  /** The caller from the bearer token; resolved once per request, on first use. */
  principal(): Promise<Principal | null>;
  loaders: ApplyLoaders;
}

/**
 * Thin resolvers: check who may call, run the operation, reload what it
 * wrote. Mutations return ids from their transaction (what an idempotent
 * repeat answers) and the fields are read back through the loaders.
 */
export function createResolvers(store: Store, options: ApplyOptions): GraphQLResolverMap<ApplyContext> {
  const parent = async (ctx: ApplyContext) => requireRole(await ctx.principal(), 'PARENT');
  const loadApp = async (ctx: ApplyContext, id: string) => (await ctx.loaders.application.load(id))!;

  return {
    ChildcareCenter: {
      __resolveReference: (ref: { id: string }) => ({ id: ref.id }),
      waitlist: (centre: { id: string }, args: ChildcareCenterWaitlistArgs) => {
        if (!Number.isInteger(args.ageClass) || args.ageClass < 0 || args.ageClass > 5) throw badInput('ageClass', '연령반은 0–5입니다.', 'ageClass is 0–5.');
        return db.waitlist(store, centre.id, args.ageClass);
      },
    },
    Child: {
      // The full name only for the parent; anyone else (staff, admin) sees 홍*동.
      name: async (child: db.ChildRow, _args: unknown, ctx: ApplyContext) => ((await ctx.principal())?.sub === child.parentSub ? child.name : maskName(child.name)),
    },
    Application: {
      child: (app: db.ApplicationRow, _args: unknown, ctx: ApplyContext) => ctx.loaders.child.load(app.childId),
      facility: (app: db.ApplicationRow) => ({ __typename: 'ChildcareCenter', id: app.facilityId }),
      history: (app: db.ApplicationRow, _args: unknown, ctx: ApplyContext) => ctx.loaders.history.load(app.id),
    },
    CareSlot: {
      freeSeats: (slot: db.SlotRow) => slot.seats - slot.booked,
    },
    Reservation: {
      slot: (r: { slotId: string }, _args: unknown, ctx: ApplyContext) => ctx.loaders.slot.load(r.slotId),
      child: (r: { childId: string }, _args: unknown, ctx: ApplyContext) => ctx.loaders.child.load(r.childId),
      parentPriceKrw: async (r: { slotId: string; hours: number }, _args: unknown, ctx: ApplyContext) => Math.round(((await ctx.loaders.slot.load(r.slotId))?.parentSharePerHourKrw ?? 0) * r.hours),
    },
    HospitalCareRequest: {
      child: (r: { childId: string }, _args: unknown, ctx: ApplyContext) => ctx.loaders.child.load(r.childId),
    },
    Query: {
      priorityRuleSet: (_: unknown, args: QueryPriorityRuleSetArgs) => ruleSetOn(store, args.on ? parseDate('on', args.on) : kstDate(new Date())),
      careSlots: (_: unknown, args: QueryCareSlotsArgs) =>
        db.slotsOf(store, args.facilityId, args.service ?? null, args.from ? parseInstant('from', args.from) : null, args.to ? parseInstant('to', args.to) : null),
      myChildren: async (_: unknown, _args: unknown, ctx: ApplyContext) => db.childrenOf(store, (await parent(ctx)).sub),
      myApplications: async (_: unknown, _args: unknown, ctx: ApplyContext) => db.applicationsOf(store, (await parent(ctx)).sub),
      application: async (_: unknown, args: QueryApplicationArgs, ctx: ApplyContext) => {
        const p = requirePrincipal(await ctx.principal());
        const app = await ctx.loaders.application.load(args.id);
        if (!app) return null;
        return app.parentSub === p.sub || canManageFacility(p, app.facilityId) ? app : null;
      },
      facilityApplications: async (_: unknown, args: QueryFacilityApplicationsArgs, ctx: ApplyContext) => {
        requireFacilityManager(await ctx.principal(), args.facilityId);
        return db.listApplications(store, args.facilityId, args.ageClass);
      },
      myReservations: async (_: unknown, _args: unknown, ctx: ApplyContext) => db.reservationsWhere(store, 'parent_sub', (await parent(ctx)).sub),
      myHospitalCareRequests: async (_: unknown, _args: unknown, ctx: ApplyContext) => db.hospitalRequestsWhere(store, 'parent_sub', (await parent(ctx)).sub),
      myNotifications: async (_: unknown, args: QueryMyNotificationsArgs, ctx: ApplyContext) =>
        db.notificationsOf(store, requirePrincipal(await ctx.principal()).sub, 0, clamp(args.first ?? 50), true),
      applicationEvents: async (_: unknown, args: QueryApplicationEventsArgs, ctx: ApplyContext) => {
        const p = requirePrincipal(await ctx.principal());
        const since = args.since ? Number(args.since) : 0;
        if (!Number.isSafeInteger(since) || since < 0) throw badInput('since', '커서가 올바르지 않습니다.', 'Invalid cursor.');
        const notifications = await db.notificationsOf(store, p.sub, since, clamp(args.first ?? 100), false);
        return { notifications, cursor: notifications.length ? notifications[notifications.length - 1]!.id : args.since ?? null };
      },
    },
    Mutation: {
      updateContact: async (_: unknown, { input }: MutationUpdateContactArgs, ctx: ApplyContext) => family.updateContact(store, await parent(ctx), input),
      registerChild: async (_: unknown, { input }: MutationRegisterChildArgs, ctx: ApplyContext) => ctx.loaders.child.load(await family.registerChild(store, await parent(ctx), input)),
      applyForAdmission: async (_: unknown, { input }: MutationApplyForAdmissionArgs, ctx: ApplyContext) => {
        const ids = await admission.applyForAdmission(store, options, await parent(ctx), input);
        return Promise.all(ids.map((id) => loadApp(ctx, id)));
      },
      withdrawApplication: async (_: unknown, { input }: MutationWithdrawApplicationArgs, ctx: ApplyContext) =>
        loadApp(ctx, await admission.withdrawApplication(store, options, await parent(ctx), input.applicationId, input.idempotencyKey)),
      extendApplication: async (_: unknown, { input }: MutationExtendApplicationArgs, ctx: ApplyContext) =>
        loadApp(ctx, await admission.extendApplication(store, await parent(ctx), input.applicationId, input.idempotencyKey)),
      verifyPriorityClaims: async (_: unknown, { input }: MutationVerifyPriorityClaimsArgs, ctx: ApplyContext) =>
        loadApp(ctx, await admission.verifyPriorityClaims(store, requireRole(await ctx.principal(), 'CENTER_STAFF', 'ADMIN'), input)),
      offerSeat: async (_: unknown, { input }: MutationOfferSeatArgs, ctx: ApplyContext) =>
        loadApp(ctx, await admission.offerSeat(store, options, requireRole(await ctx.principal(), 'CENTER_STAFF', 'ADMIN'), input.applicationId, input.idempotencyKey)),
      respondToOffer: async (_: unknown, { input }: MutationRespondToOfferArgs, ctx: ApplyContext) =>
        loadApp(ctx, await admission.respondToOffer(store, options, await parent(ctx), input.applicationId, input.accept, input.idempotencyKey)),
      admitApplication: async (_: unknown, { input }: MutationAdmitApplicationArgs, ctx: ApplyContext) =>
        loadApp(ctx, await admission.admitApplication(store, options, requireRole(await ctx.principal(), 'CENTER_STAFF', 'ADMIN'), input.applicationId, input.idempotencyKey)),
      createPriorityRuleSet: async (_: unknown, { input }: MutationCreatePriorityRuleSetArgs, ctx: ApplyContext) => {
        const id = await family.createPriorityRuleSet(store, requireRole(await ctx.principal(), 'EDITOR', 'ADMIN'), input);
        const set = await store.query<{ effective_from: string }>(`select to_char(effective_from, 'YYYY-MM-DD') as effective_from from apply.priority_rule_set where id = $1`, [id]);
        const found = await ruleSetOn(store, set.rows[0]!.effective_from);
        return found?.id === id ? found : { ...found!, id };
      },
      createCareSlot: async (_: unknown, { input }: MutationCreateCareSlotArgs, ctx: ApplyContext) =>
        ctx.loaders.slot.load(await reservations.createCareSlot(store, requireRole(await ctx.principal(), 'CENTER_STAFF', 'ADMIN'), input)),
      reserveCareSlot: async (_: unknown, { input }: MutationReserveCareSlotArgs, ctx: ApplyContext) => {
        const id = await reservations.reserveCareSlot(store, options, await parent(ctx), input);
        return (await db.reservationsWhere(store, 'id', id))[0];
      },
      cancelReservation: async (_: unknown, { input }: MutationCancelReservationArgs, ctx: ApplyContext) => {
        const id = await reservations.cancelReservation(store, requireRole(await ctx.principal(), 'PARENT', 'CENTER_STAFF', 'ADMIN'), input);
        return (await db.reservationsWhere(store, 'id', id))[0];
      },
      requestHospitalisedChildCare: async (_: unknown, { input }: MutationRequestHospitalisedChildCareArgs, ctx: ApplyContext) => {
        const id = await reservations.requestHospitalCare(store, await parent(ctx), input);
        return (await db.hospitalRequestsWhere(store, 'id', id))[0];
      },
      updateHospitalisedCareRequest: async (_: unknown, { input }: MutationUpdateHospitalisedCareRequestArgs, ctx: ApplyContext) => {
        const id = await reservations.updateHospitalCare(store, requireRole(await ctx.principal(), 'PARENT', 'CENTER_STAFF', 'ADMIN'), input);
        return (await db.hospitalRequestsWhere(store, 'id', id))[0];
      },
    },
  } as GraphQLResolverMap<ApplyContext>;
}

function clamp(n: number): number {
  return Math.max(1, Math.min(500, Math.trunc(n)));
}
