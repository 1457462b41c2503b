-- H2 has no partial indexes: the flag leads (PostgreSQL's V16_1 indexes only the flagged files)
create index child_caregiver_missing_village_idx on child (caregiver_confirmation_missing, village_code, id);
create index child_caregiver_missing_township_idx on child (caregiver_confirmation_missing, township_code, id);
create index child_caregiver_missing_county_idx on child (caregiver_confirmation_missing, county_code, id);
