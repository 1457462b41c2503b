-- Provinces are the divisions without a parent, found through region_parent_idx; one index fewer makes the
-- first-start load of 665,276 divisions faster.
drop index region_level_idx;
