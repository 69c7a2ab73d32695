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

/**
 * Bumped whenever a normaliser reads a text differently. It is part of every
 * declarative adapter's version, so the next crawl re-parses pages whose bytes
 * did not change (the runner skips those parsed by the same adapter version)
 * and stored records take the new readings; records whose content is the same
 * are not rewritten.
 */
export const NORMALISERS_VERSION = '2026-12-02';

