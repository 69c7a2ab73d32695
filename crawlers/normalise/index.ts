/**
 * Small pure functions every site adapter and loader shares to turn what
 * Korean public sites publish into the canonical record's fields. Each one
 * bounds its input and returns null (never throws) for what it cannot read.
 */
export { cleanText, MAX_TEXT } from './text';
export { decodeBytes, type SourceEncoding } from './decode';
export { normalisePhone } from './phone';
export { normaliseUrl } from './url';
export { parseKoreanDate, parsePeriod, referenceDay, type Period, type PeriodOptions } from './dates';
export { parseHours } from './hours';
export { parseCount, parseSeats, parseAmountKrw } from './numbers';
export { parseAgeMonths, parseAgeRange, type AgeMonths, type AgeRange } from './ages';
export { parseCapacity, CAPACITY_UNITS, type Capacity, type CapacityUnit } from './capacity';
export { mapCenterType, mapSpecialCare } from './codes';
export { validCoordinates, distanceKm, tm5174ToWgs84 } from './geo';
export { sigunguCodeOfLocalAuthority } from './localdata';
export { nodeText, sanitiseHtml } from './html';
