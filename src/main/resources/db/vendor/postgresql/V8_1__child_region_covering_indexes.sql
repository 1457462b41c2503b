-- Lists and short name searches select a page's ids first and load the files afterwards. With name and status in
-- the region indexes that id query is an index-only scan: PostgreSQL filters on the index entries (a two-character
-- name, the status) and walks backwards from the newest file until one page is found, without reading every file
-- of a county that the filter rejects. Counting the matching files reads the same entries.
drop index child_province_idx;
drop index child_city_idx;
drop index child_county_idx;
drop index child_township_idx;
drop index child_village_idx;
create index child_province_idx on child (province_code, id) include (name, status);
create index child_city_idx on child (city_code, id) include (name, status);
create index child_county_idx on child (county_code, id) include (name, status);
create index child_township_idx on child (township_code, id) include (name, status);
create index child_village_idx on child (village_code, id) include (name, status);
