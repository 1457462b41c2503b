-- H2 has no INCLUDE columns: the region indexes dropped by V8 come back as they were in V7 (see the PostgreSQL variant).
create index child_province_idx on child (province_code, id);
create index child_city_idx on child (city_code, id);
create index child_county_idx on child (county_code, id);
create index child_township_idx on child (township_code, id);
create index child_village_idx on child (village_code, id);
