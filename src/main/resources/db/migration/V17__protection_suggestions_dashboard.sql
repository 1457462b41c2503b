-- Report suggestions (one per visit or assessment) and the county protection dashboard's grouped counts.

-- a visit or an assessment offers at most one suggestion
create unique index report_suggestion_source_uq on report_suggestion (source, source_id);

-- the dashboard: open reports of a region by status, grouped by the region one level down (index-only on PostgreSQL)
create index protection_report_summary_province_idx on protection_report (province_code, status, city_code, accept_by);
create index protection_report_summary_city_idx on protection_report (city_code, status, county_code, accept_by);
create index protection_report_summary_county_idx on protection_report (county_code, status, township_code, accept_by);
create index protection_report_summary_township_idx on protection_report (township_code, status, village_code, accept_by);

-- the median time to acceptance over the reports received in the last 90 days
create index protection_report_received_province_idx on protection_report (province_code, received_at, accepted_at, city_code);
create index protection_report_received_city_idx on protection_report (city_code, received_at, accepted_at, county_code);
create index protection_report_received_county_idx on protection_report (county_code, received_at, accepted_at, township_code);
create index protection_report_received_township_idx on protection_report (township_code, received_at, accepted_at, village_code);

-- open caregiver cases of a city or province (county, township and village have V13's indexes)
create index caregiver_case_summary_city_idx on caregiver_case (city_code, status);
create index caregiver_case_summary_province_idx on caregiver_case (province_code, status);
