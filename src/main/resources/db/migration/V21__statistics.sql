-- Live statistics (issue 10 "Statistics"): one contribution row per counted file (active, at least one category) and
-- counters per county and dimension, both kept by the statistics module's synchronous listeners of the child events.
-- Regions above a county are summed from stat_county; a county and below are counted from stat_child's indexes.
create table stat_child (
    child_id      bigint primary key,
    province_code varchar(2)  not null,
    city_code     varchar(4)  not null,
    county_code   varchar(6)  not null,
    township_code varchar(9)  not null,
    village_code  varchar(12) not null,
    birth_date    date        not null,
    birth_month   integer     not null, -- yyyymm
    gender        varchar(10) not null,
    left_behind   smallint    not null,
    orphan        smallint    not null,
    de_facto      smallint    not null,
    poverty       smallint    not null,
    disability    smallint    not null,
    guardianship  smallint    not null,
    caregiver     varchar(30) not null  -- the caregiver's relation code, or NONE
);
-- the region and birth-month indexes are in V21_1 (db/vendor: covering indexes on PostgreSQL)

-- dim: C (children, k '-'), CAT (category code), CARE (caregiver relation of left-behind children, or NONE),
-- G (gender code), B (birth month yyyymm)
create table stat_county (
    county_code varchar(6)  not null,
    dim         varchar(4)  not null,
    k           varchar(30) not null,
    n           bigint      not null,
    primary key (county_code, dim, k)
);

-- Backfill: the files registered before this migration, set-based (the same statements as StatisticsRebuild).
insert into stat_child (child_id, province_code, city_code, county_code, township_code, village_code, birth_date,
        birth_month, gender, left_behind, orphan, de_facto, poverty, disability, guardianship, caregiver)
select c.id, substring(c.village_code from 1 for 2), substring(c.village_code from 1 for 4),
       substring(c.village_code from 1 for 6), substring(c.village_code from 1 for 9), c.village_code,
       c.birth_date, extract(year from c.birth_date) * 100 + extract(month from c.birth_date), c.gender,
       case when c.category_codes like '%,LEFT_BEHIND,%' then 1 else 0 end,
       case when c.category_codes like '%,ORPHAN,%' then 1 else 0 end,
       case when c.category_codes like '%,DE_FACTO_UNSUPPORTED,%' then 1 else 0 end,
       case when c.category_codes like '%,POVERTY_DIFFICULTY,%' then 1 else 0 end,
       case when c.category_codes like '%,DISABILITY_DIFFICULTY,%' then 1 else 0 end,
       case when c.category_codes like '%,GUARDIANSHIP_DIFFICULTY,%' then 1 else 0 end,
       coalesce(c.caregiver_relation, 'NONE')
from child c
where c.status = 'ACTIVE' and c.category_codes <> ',';

insert into stat_county (county_code, dim, k, n)
select county_code, 'C', '-', count(*) from stat_child group by county_code
union all select county_code, 'CAT', 'LEFT_BEHIND', sum(left_behind) from stat_child group by county_code having sum(left_behind) > 0
union all select county_code, 'CAT', 'ORPHAN', sum(orphan) from stat_child group by county_code having sum(orphan) > 0
union all select county_code, 'CAT', 'DE_FACTO_UNSUPPORTED', sum(de_facto) from stat_child group by county_code having sum(de_facto) > 0
union all select county_code, 'CAT', 'POVERTY_DIFFICULTY', sum(poverty) from stat_child group by county_code having sum(poverty) > 0
union all select county_code, 'CAT', 'DISABILITY_DIFFICULTY', sum(disability) from stat_child group by county_code having sum(disability) > 0
union all select county_code, 'CAT', 'GUARDIANSHIP_DIFFICULTY', sum(guardianship) from stat_child group by county_code having sum(guardianship) > 0
union all select county_code, 'CARE', caregiver, count(*) from stat_child where left_behind = 1 group by county_code, caregiver
union all select county_code, 'G', gender, count(*) from stat_child group by county_code, gender
union all select county_code, 'B', cast(birth_month as varchar(6)), count(*) from stat_child group by county_code, birth_month;
