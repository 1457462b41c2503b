-- A HIGH-risk assessment whose red flag is violence (safety1) or nobody caring for the child (guardianship1) opens a
-- problem like a serious visit does (issue 9, DOMAIN.md §6): a problem comes from exactly one visit or one assessment.
alter table care_problem alter column visit_id drop not null;
alter table care_problem add column assessment_id bigint references assessment (id);
alter table care_problem add constraint care_problem_one_source
    check ((visit_id is null and assessment_id is not null) or (visit_id is not null and assessment_id is null));
