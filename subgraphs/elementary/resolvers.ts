import { freeSeats } from '../lifecycle/base-resolvers';
import type { CatalogRow } from '../lifecycle/row';

/** Elementary-stage fields beyond the shared interfaces. */
export const elementaryFields = {
  AfterSchoolCareCenter: {
    freeSeats: (r: CatalogRow) => freeSeats(r.capacity, r.enrolled),
  },
};
