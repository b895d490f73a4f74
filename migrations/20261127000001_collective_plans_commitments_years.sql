-- Collective plans, commitments, years with all their deadlines, restructures.

-- ---------------------------------------------------------------------------------------
-- Years: the four deadlines, the rating scheme, and a version so that two administrators
-- editing a year at once do not overwrite each other. A closed year is read-only.
alter table years rename column assessment_deadline to self_assessment_deadline;
alter table years
    add column midyear_deadline date,
    add column rating_deadline date,
    add column rating_scheme text not null default 'qd366-2025',
    add column version int not null default 1,
    add constraint years_rating_scheme_check check (
        rating_scheme in ('hd27-2014', 'qd132-2018', 'qd124-2023', 'qd366-2025')),
    add constraint years_theme_check check (length(theme) <= 300);
update years set rating_scheme = case
    when year <= 2017 then 'hd27-2014'
    when year <= 2022 then 'qd132-2018'
    when year <= 2024 then 'qd124-2023'
    else 'qd366-2025' end;

create function years_closed_is_final() returns trigger language plpgsql as $$
begin
    if old.phase = 'closed' then
        raise exception 'year % is closed', old.year
            using errcode = 'check_violation', constraint = 'years_closed_check';
    end if;
    return new;
end $$;
create trigger years_closed before update on years
    for each row execute function years_closed_is_final();

-- ---------------------------------------------------------------------------------------
-- Items: a collective plan marks a few as the year's key contents; collective plans and
-- the standing committee's commitment say who is responsible; that commitment lists the
-- unit's own pressing issues.
alter table plan_items
    add column is_key boolean not null default false,
    add column responsible text not null default '',
    add constraint plan_items_responsible_check check (length(responsible) <= 300);
alter table plan_items drop constraint plan_items_kind_check;
alter table plan_items add constraint plan_items_kind_check check (
    kind in ('assigned_duty', 'study', 'example', 'remedy', 'theme_action', 'pressing_issue'));

-- Hints against copied pledges compare item texts folded like names (no tone marks, đ → d)
-- by trigram similarity, against the few plans a reviewer compares with (the same cell,
-- the other committees, the same author's last plan): no index over all items needed.
create extension if not exists pg_trgm;
create index plans_kind_year_idx on plans (kind, year, org_unit_id);

-- ---------------------------------------------------------------------------------------
-- Which units file which plans (mirrors PlanKind::filed_by; a test compares): members file
-- personal plans in cells; cells and grassroots organisations file collective plans; the
-- committees directly under the province sign the two commitments.
create function plan_kind_fits_unit(kind text, unit_kind text) returns boolean
language sql immutable as $$
    select case kind
        when 'personal' then unit_kind in ('cell', 'grassroots_cell')
        when 'collective' then unit_kind in ('cell', 'grassroots_cell', 'grassroots_party')
        else unit_kind = 'upper_committee'
    end
$$;
create function plans_check_unit() returns trigger language plpgsql as $$
declare
    unit_kind text;
begin
    select kind into unit_kind from org_units where id = new.org_unit_id;
    if not plan_kind_fits_unit(new.kind, unit_kind) then
        raise exception 'a % plan does not belong to a %', new.kind, unit_kind
            using errcode = 'check_violation', constraint = 'plans_unit_kind_check';
    end if;
    return new;
end $$;
create trigger plans_unit_kind before insert or update of kind, org_unit_id on plans
    for each row execute function plans_check_unit();

-- ---------------------------------------------------------------------------------------
-- The two-tier shape (from 1 July 2025): a commune or ward committee sits directly under
-- the province and has residential cells directly under it, beside the grassroots
-- organisations of its agencies and schools.
create or replace function org_kind_may_be_under(kind text, parent_kind text) returns boolean
language sql immutable as $$
    select coalesce(case
        when kind = 'province' then parent_kind is null
        when kind = 'upper_committee' then parent_kind = 'province'
        when kind in ('grassroots_party', 'grassroots_cell')
            then parent_kind in ('upper_committee', 'province')
        when kind = 'branch_party' then parent_kind = 'grassroots_party'
        when kind = 'cell' then parent_kind in ('grassroots_party', 'branch_party', 'upper_committee')
        else false
    end, false)
$$;

-- Where a unit sits, for the place line of its documents ("Đông Hà, ngày …"); a unit
-- without one takes the nearest unit above that has one.
alter table org_units add column place text not null default '',
    add constraint org_units_place_check check (length(place) <= 100);

-- Units valid in a year, and memberships valid on a day.
create index org_units_parent_valid_idx on org_units (parent_id, valid_from, valid_to);
create index cell_memberships_cell_dates_idx on cell_memberships (cell_id, valid_from, valid_to);
create index role_assignments_unit_dates_idx on role_assignments (org_unit_id, valid_from, valid_to);

-- A restructure moves open plans to the successor unit: recorded in each plan's history.
alter table plan_events drop constraint plan_events_action_check;
alter table plan_events add constraint plan_events_action_check check (action in (
    'create', 'submit', 'withdraw', 'return', 'approve', 'amend', 'comment',
    'edit', 'add_item', 'edit_item', 'remove_item', 'move_item', 'transfer', 'restructure'));
