-- Ids from named sequences instead of identity columns (Hibernate validates named sequences), so that the inserts
-- of an import go to the database in JDBC batches instead of one round trip per row (issue 10, import throughput).
-- A file takes the next value on its own (allocation 1): ids keep the order in which files were registered on every
-- node, which the children list shows newest first. History entries take ids in blocks of 100 (Hibernate's pooled
-- optimizer); the first block starts above every existing id.
alter table child alter column id drop identity;
create sequence child_id_seq;
alter sequence child_id_seq restart with (select coalesce(max(id), 0) + 1 from child);
alter table child alter column id set default nextval('child_id_seq');

alter table child_history alter column id drop identity;
create sequence child_history_id_seq increment by 100;
alter sequence child_history_id_seq restart with (select coalesce(max(id), 0) + 100 from child_history);
alter table child_history alter column id set default nextval('child_history_id_seq');
