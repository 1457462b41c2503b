-- A schedule row for every file registered before the care module: due dates counted from the day of registration
-- under the default policy (contact 7 days, home visit 30 days, 14 in close attention). Family reasons as the care
-- module computes them: a parent's current situation (no end date, or ending after today) SEVERE_DISABILITY or
-- SERIOUS_ILLNESS, the child DISABLED, a 困境 category, exactly one parent deceased / declared dead / declared
-- missing / stripped of guardianship (single parent). Only the registration day differs between H2 and PostgreSQL.
insert into care_schedule (child_id, province_code, city_code, county_code, township_code, village_code, active,
        registered_on, contact_due_on, home_visit_due_on, close_attention, reasons, parent_severe_disability,
        parent_serious_illness, child_disabled, in_difficulty, single_parent, open_problems)
select c.id, c.province_code, c.city_code, c.county_code, c.township_code, c.village_code,
       case when c.status = 'ACTIVE' then true else false end,
       cast(c.registered_at at time zone 'Asia/Shanghai' as date),
       current_date, current_date, false, null,
       case when exists (select 1 from child_parent_situation s where s.child_id = c.id
               and s.type = 'SEVERE_DISABILITY' and (s.until_date is null or s.until_date > current_date))
            then true else false end,
       case when exists (select 1 from child_parent_situation s where s.child_id = c.id
               and s.type = 'SERIOUS_ILLNESS' and (s.until_date is null or s.until_date > current_date))
            then true else false end,
       case when c.health_status = 'DISABLED' then true else false end,
       case when exists (select 1 from child_category k where k.child_id = c.id
               and k.code in ('POVERTY_DIFFICULTY', 'DISABILITY_DIFFICULTY', 'GUARDIANSHIP_DIFFICULTY'))
            then true else false end,
       case when (exists (select 1 from child_parent_situation s where s.child_id = c.id and s.parent = 'F'
                   and s.type in ('DECEASED', 'DECLARED_DEAD', 'DECLARED_MISSING', 'GUARDIANSHIP_REVOKED')
                   and (s.until_date is null or s.until_date > current_date)))
              <> (exists (select 1 from child_parent_situation s where s.child_id = c.id and s.parent = 'M'
                   and s.type in ('DECEASED', 'DECLARED_DEAD', 'DECLARED_MISSING', 'GUARDIANSHIP_REVOKED')
                   and (s.until_date is null or s.until_date > current_date)))
            then true else false end,
       0
from child c;

update care_schedule set close_attention = true
where parent_severe_disability or parent_serious_illness or child_disabled;

update care_schedule set reasons = nullif(substring(concat(
        case when parent_severe_disability then ',PARENT_SEVERE_DISABILITY' else '' end,
        case when parent_serious_illness then ',PARENT_SERIOUS_ILLNESS' else '' end,
        case when child_disabled then ',CHILD_DISABLED' else '' end,
        case when in_difficulty then ',IN_DIFFICULTY' else '' end,
        case when single_parent then ',SINGLE_PARENT' else '' end) from 2), '');

update care_schedule set contact_due_on = registered_on + 7,
        home_visit_due_on = registered_on + case when close_attention then 14 else 30 end;
