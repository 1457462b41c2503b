-- Lists are scoped by one region column and ordered by id (newest first), with or without a status filter:
-- (region column, id) lets the database walk the index backwards and stop after one page.
drop index child_province_idx;
drop index child_city_idx;
drop index child_county_idx;
drop index child_township_idx;
drop index child_village_idx;
create index child_province_idx on child (province_code, id);
create index child_city_idx on child (city_code, id);
create index child_county_idx on child (county_code, id);
create index child_township_idx on child (township_code, id);
create index child_village_idx on child (village_code, id);
