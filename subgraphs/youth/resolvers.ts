/** Youth-stage fields beyond the shared interfaces: none yet (capacity/enrolled are columns). */
export const youthFields = {};
