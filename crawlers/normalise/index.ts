export { cleanText, parseCount, MAX_TEXT } from './text';
export { normalisePhone } from './phone';
export { parseKoreanDate, parseHours } from './dates';
export { mapCenterType, mapSpecialCare } from './codes';
export { validCoordinates, tm5174ToWgs84 } from './geo';
