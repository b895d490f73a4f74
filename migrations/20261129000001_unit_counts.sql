-- Registration figures per unit and year, summed over the unit's subtree, kept current in
-- the same transaction as every change that moves them (like `cell_counts`, which they add
-- up). A tree page then reads one row per unit it shows, whatever the size of the
-- province: the province's page reads its committees' rows, not its 5,000 cells'.
--
-- Every unit but the root has a row for each year in which something below it (itself
-- included) is open at the end of that year (today, for a year not yet over). The root has
-- none: its figures are its children's, added up by the page (a row there would be
-- rewritten by every change in the province, one lock for all of them).

create table unit_counts (
    unit_id              bigint not null,
    year                 int not null,
    expected             int not null,
    registered           int not null,
    approved             int not null,
    waiting              int not null,
    not_started          int not null,
    orgs_expected        int not null,
    orgs_registered      int not null,
    committees_expected  int not null,
    committees_accepted  int not null,
    constraint unit_counts_pkey primary key (unit_id, year),
    constraint unit_counts_unit_fkey foreign key (unit_id) references org_units (id)
);

-- The figures computed from `cell_counts`, the units and their own plans, for the given
-- units and years (all of them when null): what `unit_counts` must always equal.
-- Cells and grassroots organisations file a collective plan (filed: submitted or approved,
-- or approved once and being amended); committees directly under the province sign two
-- commitments (accepted: both approved once).
create function unit_counts_direct(units bigint[], years int[])
returns table (unit_id bigint, year int, expected int, registered int, approved int,
               waiting int, not_started int, orgs_expected int, orgs_registered int,
               committees_expected int, committees_accepted int)
language sql stable as $$
    with day as (
        select y.year, least(make_date(y.year, 12, 31), vn_today()) as as_of
        from years y
        where years is null or y.year = any(years)
    ),
    below as (
        select a.id as unit_id, d.year, u.id, u.kind
        from org_units u
        cross join unnest(u.ancestors[2:]) as a(id)
        join day d on u.valid_from <= d.as_of and (u.valid_to is null or u.valid_to > d.as_of)
        where (units is null or (u.ancestors && units and a.id = any(units)))
    )
    select b.unit_id, b.year,
           coalesce(sum(cc.expected), 0)::int,
           coalesce(sum(cc.registered), 0)::int,
           coalesce(sum(cc.approved), 0)::int,
           coalesce(sum(cc.waiting), 0)::int,
           coalesce(sum(cc.not_started), 0)::int,
           count(*) filter (where b.kind in ('cell', 'grassroots_cell', 'grassroots_party'))::int,
           count(*) filter (where b.kind in ('cell', 'grassroots_cell', 'grassroots_party')
               and exists (select 1 from plans p
                           where p.kind = 'collective' and p.year = b.year
                             and p.org_unit_id = b.id
                             and (p.state in ('submitted', 'approved') or p.revision > 1)))::int,
           count(*) filter (where b.kind = 'upper_committee')::int,
           count(*) filter (where b.kind = 'upper_committee'
               and (select count(*) from plans p
                    where p.kind in ('upper_collective_commitment', 'upper_secretary_commitment')
                      and p.year = b.year and p.org_unit_id = b.id
                      and (p.state = 'approved' or p.revision > 1)) = 2)::int
    from below b
    left join cell_counts cc on cc.cell_id = b.id and cc.year = b.year
    group by b.unit_id, b.year
$$;

create function refresh_unit_counts(units bigint[], years int[]) returns void
language sql as $$
    delete from unit_counts
    where (units is null or unit_id = any(units)) and (years is null or year = any(years));
    insert into unit_counts select * from unit_counts_direct(units, years);
$$;

-- The units above (and including) the given ones, but the root: the rows a change to them
-- moves. (`ancestors` runs from the root down to the unit itself.)
create function units_and_ancestors(units bigint[]) returns bigint[]
language sql stable as $$
    select coalesce(array_agg(distinct a.id), '{}')
    from org_units u cross join unnest(u.ancestors[2:]) as a(id)
    where u.id = any(units)
$$;

-- A cell's figures move its ancestors' rows: `refresh_cell_counts` now refreshes them too.
create or replace function refresh_cell_counts(cells bigint[], years int[]) returns void
language sql as $$
    delete from cell_counts
    where (cells is null or cell_id = any(cells)) and (years is null or year = any(years));
    insert into cell_counts select * from cell_counts_direct(cells, years);
    select refresh_unit_counts(case when cells is null then null
                                    else units_and_ancestors(cells) end,
                               years);
$$;

-- A unit's own plans (collective plans, commitments) move the rows above it.
create function unit_counts_after_plans_rows() returns trigger language plpgsql as $$
begin
    -- `changed` is the inserted rows for an insert, the deleted ones for a delete.
    if exists (select 1 from changed where kind <> 'personal') then
        perform refresh_unit_counts(
            units_and_ancestors((select array_agg(distinct org_unit_id) from changed
                                 where kind <> 'personal')),
            (select array_agg(distinct year) from changed where kind <> 'personal'));
    end if;
    return null;
end $$;
create trigger plans_unit_counts_insert after insert on plans
    referencing new table as changed
    for each statement execute function unit_counts_after_plans_rows();
create trigger plans_unit_counts_delete after delete on plans
    referencing old table as changed
    for each statement execute function unit_counts_after_plans_rows();

create function unit_counts_after_plans_update() returns trigger language plpgsql as $$
begin
    if exists (select 1 from new_rows n join old_rows o on o.id = n.id
               where n.kind <> 'personal'
                 and (n.state, n.revision, n.org_unit_id, n.year)
                     is distinct from (o.state, o.revision, o.org_unit_id, o.year)) then
        perform refresh_unit_counts(
            units_and_ancestors((select array_agg(distinct org_unit_id) from
                                 (select org_unit_id from new_rows where kind <> 'personal'
                                  union select org_unit_id from old_rows where kind <> 'personal') r)),
            (select array_agg(distinct year)
             from (select year from new_rows union select year from old_rows) y));
    end if;
    return null;
end $$;
create trigger plans_unit_counts_update after update on plans
    referencing new table as new_rows old table as old_rows
    for each statement execute function unit_counts_after_plans_update();

-- A unit opened, closed or moved: the rows above it, where it was and where it is, for
-- every year.
create function unit_counts_after_units_insert() returns trigger language plpgsql as $$
begin
    perform refresh_unit_counts(
        (select coalesce(array_agg(distinct a.id), '{}')
         from changed c cross join unnest(c.ancestors[2:]) as a(id)),
        null);
    return null;
end $$;
create trigger org_units_unit_counts_insert after insert on org_units
    referencing new table as changed
    for each statement execute function unit_counts_after_units_insert();

create function unit_counts_after_units_update() returns trigger language plpgsql as $$
begin
    if exists (select 1 from new_rows n join old_rows o on o.id = n.id
               where (n.kind, n.ancestors, n.valid_from, n.valid_to)
                     is distinct from (o.kind, o.ancestors, o.valid_from, o.valid_to)) then
        perform refresh_unit_counts(
            (select coalesce(array_agg(distinct a.id), '{}')
             from (select n.ancestors from new_rows n join old_rows o on o.id = n.id
                   where (n.kind, n.ancestors, n.valid_from, n.valid_to)
                         is distinct from (o.kind, o.ancestors, o.valid_from, o.valid_to)
                   union all
                   select o.ancestors from new_rows n join old_rows o on o.id = n.id
                   where (n.kind, n.ancestors, n.valid_from, n.valid_to)
                         is distinct from (o.kind, o.ancestors, o.valid_from, o.valid_to)) r
             cross join unnest(r.ancestors[2:]) as a(id)),
            null);
    end if;
    return null;
end $$;
create trigger org_units_unit_counts_update after update on org_units
    referencing new table as new_rows old table as old_rows
    for each statement execute function unit_counts_after_units_update();

select refresh_unit_counts(null, null);

-- The members lists read a large subtree in the official order (given name, then full
-- name, Vietnamese collation) until a page is full, instead of sorting the province.
create index members_name_order_idx
    on members (given_name collate "vi-VN-x-icu", full_name collate "vi-VN-x-icu", id);
