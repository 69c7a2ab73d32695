import { EXTRACTOR_VERSION } from '../../common/benefits/criteria';
import { extractCriteria, policyTextsOf } from '../../common/benefits/extract';
import { centroidOf } from '../../common/regions';
import type { Provenance, SourceRecord } from '../../common/record';
import type { DraftRecord, SiteConfig } from '../core/adapter';
import { validCoordinates } from '../normalise';
import { tagLifecycle } from './lifecycle';
import { recordRegion } from './region';

/**
 * Completes what an adapter drafted into the canonical record (DESIGN
 * contract 1), the same way for every site: region and code from the
 * address when the source did not give them, then from the agency the
 * record names, then from the site's registry `agency`
 * (`attrs.regionApprox: true`; crawlers/ingest/region.ts), a 시군구-centre
 * fallback for missing or unusable coordinates (marked approximate),
 * lifecycle stages by the rules (explicit source stages win, then the site's
 * own stage when the rules find nothing), and provenance. The reason of the
 * tagging is kept in `attrs.lifecycleReasons`; the ages it read are kept in
 * `attrs.ageMonths` (months, and pregnancy weeks or school grades when the
 * text states them) unless the adapter stored its own. A policy's
 * eligibility criteria (common/benefits/extract.ts) are derived here from
 * the finished record, so a crawl that changes its text changes them; they
 * are kept in `attrs.criteria` with `attrs.criteriaVersion` (the extractor
 * version, so records written by an older extractor are re-derived on read).
 */
export function finaliseRecord(draft: DraftRecord, site: SiteConfig, provenance: Provenance): SourceRecord {
  const { stages: explicit, primaryStage: explicitPrimary, tagText, ageMonths, ...rest } = draft;
  const { sido, sigungu, regionCode, approx: regionApprox } = recordRegion(draft, site.agency);

  let lat = draft.lat ?? null;
  let lng = draft.lng ?? null;
  let geoApprox = draft.geoApprox ?? false;
  if (draft.kind === 'FACILITY' && !validCoordinates(lat, lng)) {
    const centre = centroidOf(regionCode);
    lat = centre?.lat ?? null;
    lng = centre?.lng ?? null;
    geoApprox = centre !== null;
  }

  const tagging = tagLifecycle({
    subtype: draft.subtype,
    text: [draft.name, tagText ?? ''].join(' '),
    ageMonths: ageMonths ?? null,
    explicit: explicit?.length ? explicit : null,
  }) ?? { stages: site.stages.length ? [...site.stages] : ['INFANT'], primaryStage: site.stages[0] ?? 'INFANT', reasons: ['site'] };
  const primaryStage = explicitPrimary && tagging.stages.includes(explicitPrimary) ? explicitPrimary : tagging.primaryStage;

  const attrs: Record<string, unknown> = {
    ...(ageMonths && draft.attrs.ageMonths === undefined ? { ageMonths } : {}),
    ...draft.attrs,
    lifecycleReasons: tagging.reasons,
    ...(regionApprox ? { regionApprox: true } : {}),
  };
  if (draft.kind === 'POLICY') {
    attrs.criteria = extractCriteria(policyTextsOf({ sido, sigungu, siteId: site.id, attrs }));
    attrs.criteriaVersion = EXTRACTOR_VERSION;
  }

  return {
    ...rest,
    stages: tagging.stages,
    primaryStage,
    sido,
    sigungu,
    regionCode,
    lat,
    lng,
    geoApprox,
    attrs,
    provenance,
  };
}
