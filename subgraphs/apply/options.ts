import type { Config } from '../../common/config';

/** The apply settings, read once from the config (CONVENTIONS 6) and passed down. */
export interface ApplyOptions {
  maxCentres: number;
  maxCentresEnrolled: number;
  /** Centre types that take applications without the priority rules (직장 WORKPLACE, 협동 COOPERATIVE). */
  extraCenterTypes: readonly string[];
  offerHours: number;
  lapseDays: number;
  hourlyMonthlyCap: number;
}

export function applyOptionsFrom(config: Config): ApplyOptions {
  return {
    maxCentres: config.APPLY_MAX_CENTRES,
    maxCentresEnrolled: config.APPLY_MAX_CENTRES_ENROLLED,
    extraCenterTypes: config.APPLY_EXTRA_CENTER_TYPES.split(',').map((s) => s.trim()).filter(Boolean),
    offerHours: config.APPLY_OFFER_HOURS,
    lapseDays: config.APPLY_LAPSE_DAYS,
    hourlyMonthlyCap: config.APPLY_HOURLY_MONTHLY_CAP,
  };
}
