-- Lists select a page's ids first and load the files afterwards. With name, status and category codes in the region
-- indexes that id query is an index-only scan: PostgreSQL filters on the index entries (a two-character name, the
-- status, a category) and walks backwards from the newest file until one page is found, without reading every file
-- of a county that the filter rejects. Counting the matching files ("共 N 条") reads the same entries.
create index child_province_idx on child (province_code, id) include (name, status, category_codes);
create index child_city_idx on child (city_code, id) include (name, status, category_codes);
create index child_county_idx on child (county_code, id) include (name, status, category_codes);
create index child_township_idx on child (township_code, id) include (name, status, category_codes);
create index child_village_idx on child (village_code, id) include (name, status, category_codes);
