-- A file whose last category ended (a child turned 16, the parents came home) is suggested for exit (减员) on the
-- to-do list until it is exited or kept with a reason (保留在册). The Child aggregate keeps these columns: the day
-- and why the categories ended (cleared when the file holds a category again), and the reason it was kept.
alter table child add column categories_ended_on date;
alter table child add column categories_ended_reason varchar(30);
alter table child add column kept_reason varchar(500);
alter table child add column kept_at timestamp with time zone;
alter table child add column kept_by varchar(100);
-- few files are suggested at a time: the to-do list reads them through this index, then their region
create index child_exit_suggested_idx on child (categories_ended_on);
