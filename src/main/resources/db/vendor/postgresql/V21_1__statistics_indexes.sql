-- Covering indexes of the live statistics (index-only scans): a county, township or village is counted from its
-- stat_child rows, the region above a county from its counties' stat_county rows, one dimension at a time.
create index stat_child_county_idx on stat_child (county_code, township_code)
    include (gender, caregiver, birth_date, left_behind, orphan, de_facto, poverty, disability, guardianship);
create index stat_child_township_idx on stat_child (township_code, village_code)
    include (gender, caregiver, birth_date, left_behind, orphan, de_facto, poverty, disability, guardianship);
create index stat_child_village_idx on stat_child (village_code)
    include (gender, caregiver, birth_date, left_behind, orphan, de_facto, poverty, disability, guardianship);
create index stat_child_birth_month_idx on stat_child (birth_month, county_code) include (birth_date);
create index stat_county_dim_idx on stat_county (dim, county_code, k) include (n);
