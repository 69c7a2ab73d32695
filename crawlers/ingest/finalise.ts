import { centroidOf, findSigungu, findSigunguByCode, regionFromAddress } from '../../common/regions';
import type { Provenance, SourceRecord } from '../../common/record';
import type { DraftRecord, SiteConfig } from '../core/adapter';
import { validCoordinates } from '../normalise';
import { tagLifecycle } from './lifecycle';

/**
 * Completes what an adapter drafted into the canonical record (DESIGN
 * contract 1), the same way for every site: region and code from the
 * address when the source did not give them, a 시군구-centre fallback for
 * missing or unusable coordinates (marked approximate), lifecycle stages by
 * the rules (explicit source stages win, then the site's own stage when the
 * rules find nothing), and provenance. The reason of the tagging is kept in
 * `attrs.lifecycleReasons`.
 */
export function finaliseRecord(draft: DraftRecord, site: SiteConfig, provenance: Provenance): SourceRecord {
  const { stages: explicit, primaryStage: explicitPrimary, tagText, ageMonths, ...rest } = draft;
  const byCode = findSigunguByCode(draft.regionCode);
  const region = regionFromAddress(draft.address);
  const sido = draft.sido ?? region?.sido ?? byCode?.sido.name ?? null;
  const sigungu = draft.sigungu ?? region?.sigungu ?? byCode?.sigungu.name ?? null;
  const regionCode = draft.regionCode ?? region?.code ?? (sido && sigungu ? (findSigungu(sido, sigungu)?.code ?? null) : null);

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
    attrs: { ...draft.attrs, lifecycleReasons: tagging.reasons },
    provenance,
  };
}
