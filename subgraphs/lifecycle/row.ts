import type { Provenance, SpecialCare, Stage } from '../../common/record';

/** A row of `catalog.effective_record`, camelCased in this one place (CONVENTIONS 5). */
export interface CatalogRow {
  id: string;
  kind: 'POLICY' | 'FACILITY' | 'PROGRAM';
  subtype: string;
  name: string;
  stages: Stage[];
  primaryStage: Stage;
  sido: string | null;
  sigungu: string | null;
  regionCode: string | null;
  address: string | null;
  phone: string | null;
  lat: number | null;
  lng: number | null;
  geoApprox: boolean;
  specialCare: SpecialCare[];
  capacity: number | null;
  enrolled: number | null;
  attrs: Record<string, unknown>;
  /** Every source that publishes this record, most trusted first. */
  provenance: Provenance[] | Provenance;
  status: 'ACTIVE' | 'WITHDRAWN';
  updatedAt: string;
  /** Public fields an editor overrode: tells a curated value from a crawled one (e.g. hoursSource CURATED). */
  curatedFields: string[];
}

/** The column list every read of a full record uses. */
export const RECORD_COLUMNS = `id, kind, subtype, name, stages, primary_stage, sido, sigungu, region_code, address, phone,
  lat, lng, geo_approx, special_care, capacity, enrolled, attrs, provenance, status, updated_at, curated_fields`;

/** The record columns every full-record row shares (catalog reads and curation's), camelCased. */
export type RecordFields = Omit<CatalogRow, 'kind' | 'provenance' | 'status' | 'updatedAt' | 'curatedFields'>;

export function toRecordFields(row: Record<string, unknown>): RecordFields {
  return {
    id: row.id as string,
    subtype: row.subtype as string,
    name: row.name as string,
    stages: row.stages as Stage[],
    primaryStage: row.primary_stage as Stage,
    sido: row.sido as string | null,
    sigungu: row.sigungu as string | null,
    regionCode: row.region_code as string | null,
    address: row.address as string | null,
    phone: row.phone as string | null,
    lat: row.lat as number | null,
    lng: row.lng as number | null,
    geoApprox: row.geo_approx as boolean,
    specialCare: row.special_care as SpecialCare[],
    capacity: row.capacity as number | null,
    enrolled: row.enrolled as number | null,
    attrs: (row.attrs ?? {}) as Record<string, unknown>,
  };
}

export function toCatalogRow(row: Record<string, unknown>): CatalogRow {
  const updatedAt = row.updated_at;
  return {
    ...toRecordFields(row),
    kind: row.kind as CatalogRow['kind'],
    provenance: row.provenance as Provenance[],
    status: row.status as CatalogRow['status'],
    updatedAt: updatedAt instanceof Date ? updatedAt.toISOString() : String(updatedAt),
    curatedFields: (row.curated_fields ?? []) as string[],
  };
}
