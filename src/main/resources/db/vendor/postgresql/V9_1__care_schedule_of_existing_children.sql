-- A schedule row for every file registered before the care module, in one pass: due dates counted from the day of
-- registration under the default policy (contact 7 days, home visit 30 days, 14 in close attention). Family reasons
-- as the care module computes them: a parent's current situation (no end date, or ending after today)
-- SEVERE_DISABILITY or SERIOUS_ILLNESS, the child DISABLED (these three put the child in close attention), a 困境
-- category, exactly one parent deceased / declared dead / declared missing / stripped of guardianship (single
-- parent). Only the registration day differs between H2 and PostgreSQL.
insert into care_schedule (child_id, province_code, city_code, county_code, township_code, village_code, active,
        registered_on, contact_due_on, home_visit_due_on, close_attention, reasons, parent_severe_disability,
        parent_serious_illness, child_disabled, in_difficulty, single_parent, open_problems)
select f.id, f.province_code, f.city_code, f.county_code, f.township_code, f.village_code, f.active,
       f.registered_on,
       f.registered_on + 7,
       f.registered_on + case when f.severe or f.illness or f.disabled then 14 else 30 end,
       case when f.severe or f.illness or f.disabled then true else false end,
       nullif(substring(concat(
           case when f.severe then ',PARENT_SEVERE_DISABILITY' else '' end,
           case when f.illness then ',PARENT_SERIOUS_ILLNESS' else '' end,
           case when f.disabled then ',CHILD_DISABLED' else '' end,
           case when f.difficulty then ',IN_DIFFICULTY' else '' end,
           case when f.father_gone <> f.mother_gone then ',SINGLE_PARENT' else '' end) from 2), ''),
       f.severe, f.illness, f.disabled, f.difficulty,
       case when f.father_gone <> f.mother_gone then true else false end,
       0
from (
    select c.id, c.province_code, c.city_code, c.county_code, c.township_code, c.village_code,
           case when c.status = 'ACTIVE' then true else false end as active,
           cast(c.registered_at at time zone 'Asia/Shanghai' as date) as registered_on,
           case when exists (select 1 from child_parent_situation s where s.child_id = c.id
                   and s.type = 'SEVERE_DISABILITY' and (s.until_date is null or s.until_date > current_date))
                then true else false end as severe,
           case when exists (select 1 from child_parent_situation s where s.child_id = c.id
                   and s.type = 'SERIOUS_ILLNESS' and (s.until_date is null or s.until_date > current_date))
                then true else false end as illness,
           case when c.health_status = 'DISABLED' then true else false end as disabled,
           case when exists (select 1 from child_category k where k.child_id = c.id
                   and k.code in ('POVERTY_DIFFICULTY', 'DISABILITY_DIFFICULTY', 'GUARDIANSHIP_DIFFICULTY'))
                then true else false end as difficulty,
           case when exists (select 1 from child_parent_situation s where s.child_id = c.id and s.parent = 'F'
                   and s.type in ('DECEASED', 'DECLARED_DEAD', 'DECLARED_MISSING', 'GUARDIANSHIP_REVOKED')
                   and (s.until_date is null or s.until_date > current_date))
                then true else false end as father_gone,
           case when exists (select 1 from child_parent_situation s where s.child_id = c.id and s.parent = 'M'
                   and s.type in ('DECEASED', 'DECLARED_DEAD', 'DECLARED_MISSING', 'GUARDIANSHIP_REVOKED')
                   and (s.until_date is null or s.until_date > current_date))
                then true else false end as mother_gone
    from child c
) f;
