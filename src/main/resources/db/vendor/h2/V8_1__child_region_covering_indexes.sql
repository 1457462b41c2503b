-- H2 has no INCLUDE columns: the (region column, id) indexes of V7 stay as they are (see the PostgreSQL variant).
create index if not exists child_village_idx on child (village_code, id);
