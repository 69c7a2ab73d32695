import { attrFields } from '../lifecycle/base-resolvers';

/** Pregnancy-stage fields beyond the shared interfaces. */
export const pregnancyFields = {
  PostpartumCenter: attrFields(['businessStatus', 'licensedOn', 'motherCapacity', 'infantCapacity', 'nurses', 'nurseAides']),
};
