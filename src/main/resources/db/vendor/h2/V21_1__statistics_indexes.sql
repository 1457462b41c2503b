-- H2 has no INCLUDE: the same indexes on their key columns (PostgreSQL's V21_1 covers the counted columns)
create index stat_child_county_idx on stat_child (county_code, township_code);
create index stat_child_township_idx on stat_child (township_code, village_code);
create index stat_child_village_idx on stat_child (village_code);
create index stat_child_birth_month_idx on stat_child (birth_month, county_code, birth_date);
create index stat_county_dim_idx on stat_county (dim, county_code, k, n);
