-- Search at national scale (issue 9, measured with bench/search on 120,000
-- documents): filters and radius searches read their slice instead of the
-- whole index.

-- Region, kind and special-care filters without a text query (browsing).
create index document_region_idx on search.document (sido, sigungu);
create index document_subtype_idx on search.document (subtype);
create index document_special_care_idx on search.document using gin (special_care);

-- Radius searches: the bounding box of the circle (`point(lng, lat) <@ box`).
create index document_point_idx on search.document using gist (point(lng, lat));
