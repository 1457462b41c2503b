-- the few files whose caregiver confirmation is missing, by village and by township (partial: a small index at 1M files)
create index child_caregiver_missing_village_idx on child (village_code, id) where caregiver_confirmation_missing;
create index child_caregiver_missing_township_idx on child (township_code, id) where caregiver_confirmation_missing;
create index child_caregiver_missing_county_idx on child (county_code, id) where caregiver_confirmation_missing;
