-- H2 serves prefix LIKE from the plain btree indexes of V5; the PostgreSQL variant of this migration adds pattern indexes.
select 1;
