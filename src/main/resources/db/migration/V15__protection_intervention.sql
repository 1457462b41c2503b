-- Guardianship interventions (DOMAIN.md §6; 未保法 Art 92–94): at most one ACTIVE temporary guardianship per child,
-- enforced by the database so that parallel requests cannot open two. active_child_id holds the child's id while a
-- temporary guardianship is ACTIVE and is null otherwise (a unique index admits any number of nulls).
alter table protection_intervention add column active_child_id bigint;
create unique index protection_intervention_active_uq on protection_intervention (active_child_id);

-- the file's mark "临时监护中", kept by the protection module through ChildManagement while a temporary guardianship
-- is active, so that lists show it without reading the protection tables
alter table child add column temporary_guardianship boolean default false not null;
