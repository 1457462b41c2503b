-- A list filtered by category joined child_category file by file: counting one category in a county of 27,000
-- files meant 27,000 index probes (100+ ms at one million files). The codes a file holds are now kept on the file
-- as well (",LEFT_BEHIND,ORPHAN,", sorted; "," for none; the Child aggregate maintains it with its categories), so
-- that the region indexes can carry them (vendor migration V8_1) and a filtered list or count reads one index.
-- The region indexes are dropped first so that filling the column does not update them; V8_1 creates them again.
drop index child_province_idx;
drop index child_city_idx;
drop index child_county_idx;
drop index child_township_idx;
drop index child_village_idx;
alter table child add column category_codes varchar(200) default ',' not null;
update child c set category_codes = (
        select ',' || string_agg(k.code, ',' order by k.code) || ',' from child_category k where k.child_id = c.id)
    where exists (select 1 from child_category k where k.child_id = c.id);
