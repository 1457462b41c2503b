-- Caregiver oversight (委托照护, DOMAIN.md §6, 未保法 Art 22).
-- The Art 22 checklist of the entrusted caregiver, stored with the file; null while not checked.
alter table child add column caregiver_checked boolean;
alter table child add column caregiver_adult boolean;
alter table child add column caregiver_capable boolean;
-- CaregiverDisqualification codes, comma-separated
alter table child add column caregiver_disqualifications varchar(300);
-- an active left-behind child with a named caregiver but no date the 《委托监护责任确认书》 was signed, kept by the
-- file on every save (Child.refreshCaregiverConfirmationMissing); the to-do list reads it through the vendor index V16_1
alter table child add column caregiver_confirmation_missing boolean default false not null;
update child set caregiver_confirmation_missing = true
 where status = 'ACTIVE' and category_codes like '%,LEFT_BEHIND,%'
   and caregiver_name is not null and caregiver_confirmation_signed_on is null;

-- one open case per child: the child's id while the case is open, null once closed
alter table caregiver_case add column open_child_id bigint;
update caregiver_case set open_child_id = child_id
 where status = 'OPEN' and id = (select min(c.id) from caregiver_case c where c.child_id = caregiver_case.child_id and c.status = 'OPEN');
create unique index caregiver_case_open_child_uq on caregiver_case (open_child_id);
