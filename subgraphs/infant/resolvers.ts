import { CENTER_TYPES, type CenterType } from '../../common/record';
import { ageClassSeats, attrFields, centreFreeSeats } from '../lifecycle/base-resolvers';
import type { CatalogRow } from '../lifecycle/row';

/** Infant-stage fields beyond the shared interfaces. */
export const infantFields = {
  ChildcareCenter: {
    ...attrFields(['centerType', 'operatingStatus', 'rooms', 'playgrounds', 'cctv', 'staff', 'shuttleBus', 'homepage', 'approvedOn']),
    centerTypeLabel: (r: CatalogRow) => {
      const type = r.attrs.centerType as CenterType | null | undefined;
      return type ? CENTER_TYPES[type] : null;
    },
    freeSeats: (r: CatalogRow) => centreFreeSeats(r).freeSeats,
    freeSeatsBasis: (r: CatalogRow) => centreFreeSeats(r).basis,
    capacityFreeSeats: (r: CatalogRow) => centreFreeSeats(r).capacityFreeSeats,
    ageClasses: ageClassSeats,
  },
  Kindergarten: {
    ...attrFields(['establishment', 'homepage']),
    ageClasses: ageClassSeats,
  },
};
