-- The pledge item defined once: every item has a deadline (31/12 of the year for an item
-- meant for the whole year), and approved versions keep each item with its id, in the
-- shape of the item type (src/domain/pledge.rs).
update plan_items i set deadline = make_date(p.year, 12, 31)
from plans p where p.id = i.plan_id and i.deadline is null;
alter table plan_items alter column deadline set not null;

-- Approved versions written before now kept no item ids and flat manifestation labels.
-- They are rewritten once into the item shape, matching items by position where the plan
-- still has one there (0 where it does not). History stays append-only afterwards.
alter table plan_revisions disable trigger plan_revisions_append_only;
update plan_revisions r set items = coalesce((
    select jsonb_agg(jsonb_build_object(
               'id', coalesce((select i.id from plan_items i
                               where i.plan_id = r.plan_id
                                 and i.position = (e ->> 'position')::int), 0),
               'position', (e ->> 'position')::int,
               'kind', e ->> 'kind',
               'content', e ->> 'content',
               'expected_result', e ->> 'expected_result',
               'deadline', coalesce(e ->> 'deadline',
                                    (select make_date(p.year, 12, 31)::text
                                     from plans p where p.id = r.plan_id)),
               'weight', (e ->> 'weight')::int,
               'manifestation_id', (select m.id from manifestations m
                                    where m.code = e ->> 'manifestation_code'),
               'serves_theme', (e ->> 'serves_theme')::boolean,
               'manifestation', case when e ->> 'manifestation_code' is null then null
                                     else jsonb_build_object(
                                         'code', e ->> 'manifestation_code',
                                         'label_vi', e ->> 'manifestation_label_vi',
                                         'label_en', e ->> 'manifestation_label_en') end)
           order by (e ->> 'position')::int)
    from jsonb_array_elements(r.items) e), '[]'::jsonb)
where not exists (select 1 from jsonb_array_elements(r.items) e where e ? 'id');
alter table plan_revisions enable trigger plan_revisions_append_only;

-- Real tree shapes: a đảng bộ bộ phận (and its committee) between a đảng bộ cơ sở and
-- its cells; grassroots organisations directly under the province (QĐ 294-QĐ/TW).
alter table org_units drop constraint org_units_kind_check;
alter table org_units add constraint org_units_kind_check check (kind in (
    'province', 'upper_committee', 'grassroots_party', 'branch_party', 'grassroots_cell', 'cell'));
alter table role_assignments drop constraint role_assignments_role_check;
alter table role_assignments add constraint role_assignments_role_check check (role in (
    'cell_secretary', 'cell_deputy', 'grassroots_committee', 'branch_committee',
    'upper_standing_committee', 'upper_secretary', 'provincial_reviewer', 'administrator'));

-- An account with its member, current cell and current offices (two parallel arrays, in
-- the order they were granted): what a session loads, and what the seeder and tests load
-- to act as someone.
create view account_users as
select a.id as account_id, a.login, a.display_name, a.member_id,
       cm.cell_id, m.status,
       coalesce(g.roles, '{}') as roles, coalesce(g.units, '{}') as units
from accounts a
left join members m on m.id = a.member_id
left join cell_memberships cm on cm.member_id = a.member_id and cm.valid_to is null
left join lateral (
    select array_agg(ra.role order by ra.id) as roles,
           array_agg(ra.org_unit_id order by ra.id) as units
    from role_assignments ra
    where ra.account_id = a.id and ra.valid_from <= vn_today()
      and (ra.valid_to is null or ra.valid_to > vn_today())
) g on true
where a.is_active;
