-- Ids from named sequences instead of identity columns (Hibernate validates named sequences), so that the inserts
-- of an import go to the database in JDBC batches instead of one round trip per row (issue 10, import throughput).
-- A file takes the next value on its own (allocation 1): ids keep the order in which files were registered on every
-- node, which the children list shows newest first. History entries take ids in blocks of 100 (Hibernate's pooled
-- optimizer); a row inserted by plain SQL takes the top of a fresh block, which Hibernate never hands out.
alter table child alter column id drop identity;
create sequence child_id_seq owned by child.id;
select setval('child_id_seq', coalesce((select max(id) from child), 0) + 1, false);
alter table child alter column id set default nextval('child_id_seq');

alter table child_history alter column id drop identity;
create sequence child_history_id_seq increment by 100 owned by child_history.id;
select setval('child_history_id_seq', coalesce((select max(id) from child_history), 0) + 100, false);
alter table child_history alter column id set default nextval('child_history_id_seq');
