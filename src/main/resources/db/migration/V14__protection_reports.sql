-- Mandatory reports (issue "Protection response", reports core).
-- Encrypted names: a 50-character name encrypts to about 250 characters.
alter table protection_report alter column child_name set data type varchar(400);
alter table protection_report alter column reporter_name set data type varchar(400);
alter table protection_report alter column reporter_phone set data type varchar(400);
-- reports of a child not yet on file, per village (the directors' REPORT_CHILD_NOT_ON_FILE items, linking on registration)
create index protection_report_unfiled_idx on protection_report (village_code, child_id);
-- the basis sentence of GUARDIANSHIP_DIFFICULTY when a concluded mandatory report confirmed harm by the guardian
alter table child add column harm_by_guardian_basis varchar(300);
