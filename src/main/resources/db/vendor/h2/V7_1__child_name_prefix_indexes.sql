-- H2 serves prefix LIKE from the plain btree indexes of V5; only the PostgreSQL variant of this migration changes them.
create index if not exists child_name_initials_idx on child (name_initials);
