-- H2 has no trigram index: name substring searches read the caller's jurisdiction (see the PostgreSQL variant).
create index if not exists child_name_initials_idx on child (name_initials);
