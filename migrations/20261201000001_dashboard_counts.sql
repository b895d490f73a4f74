-- The dashboard's figures beside `unit_counts`: progress on the approved pledges and the
-- decided ratings of members, per unit and year, summed over the unit's subtree and kept
-- current in the same transaction as every change that moves them. A dashboard then reads
-- one row per child it shows (per deadline, for the pledges), whatever the size of the
-- province. Like `unit_counts`, the root has no rows: its figures are its children's.
--
-- Each table has a `_direct` function computing the same rows from the data, which the
-- tests compare it with, and a `refresh_` function replacing the rows of some units and
-- years with the direct ones. Refreshing a unit reads only its own subtree: a change in
-- one cell reads the cell, its grassroots organisation and its commune.

-- ---------------------------------------------------------------------------------------
-- Refreshes of the same rows run one after the other. A refresh deletes a unit's rows and
-- inserts them anew; two transactions refreshing the same unit at once would both insert
-- (the second's delete cannot see the first's new rows) and one would fail. So each
-- refresh first takes a lock per unit, in order (no two refreshes wait on each other in a
-- circle), held to the end of the transaction; a refresh of everything takes the table's
-- lock alone, which the others share.
create function lock_counted_units(counts int, units bigint[]) returns void
language plpgsql as $$
declare
    unit bigint;
begin
    if units is null then
        perform pg_advisory_xact_lock(counts, 0);
        return;
    end if;
    perform pg_advisory_xact_lock_shared(counts, 0);
    foreach unit in array (select coalesce(array_agg(distinct u order by u), '{}')
                           from unnest(units) as u) loop
        perform pg_advisory_xact_lock(counts, unit::int);
    end loop;
end $$;

-- The counts kept since the earlier migrations take the same locks (1: cells, 2: units).
create or replace function refresh_unit_counts(units bigint[], years int[]) returns void
language sql as $$
    select lock_counted_units(2, units);
    delete from unit_counts
    where (units is null or unit_id = any(units)) and (years is null or year = any(years));
    insert into unit_counts select * from unit_counts_direct(units, years);
$$;

create or replace function refresh_cell_counts(cells bigint[], years int[]) returns void
language sql as $$
    select lock_counted_units(1, cells);
    delete from cell_counts
    where (cells is null or cell_id = any(cells)) and (years is null or year = any(years));
    insert into cell_counts select * from cell_counts_direct(cells, years);
    select refresh_unit_counts(case when cells is null then null
                                    else units_and_ancestors(cells) end,
                               years);
$$;

-- A membership moved to another cell by an update (a restructure moves those that start
-- on or after its day) counts in both cells: the one it left and the one it is in.
create function cell_counts_after_memberships_update() returns trigger language plpgsql as $$
begin
    perform refresh_cell_counts(
        (select coalesce(array_agg(distinct cell_id), '{}')
         from (select cell_id from new_rows union select cell_id from old_rows) c),
        null);
    return null;
end $$;
drop trigger cell_memberships_counts_update on cell_memberships;
create trigger cell_memberships_counts_update after update on cell_memberships
    referencing new table as new_rows old table as old_rows
    for each statement execute function cell_counts_after_memberships_update();

-- ---------------------------------------------------------------------------------------
-- Pledges: the items of approved personal plans, by the cell they were filed in, counted
-- in that cell and every unit above it but the root, by deadline (no deadline: the last
-- day of the year). Done: the year-end assessment by whoever decides the plan says it was
-- done (exceeded, on time or late), or, until then, the item's latest progress update
-- says so. Overdue on a day: the items due before it and not done.
create table pledge_counts (
    unit_id  bigint not null,
    year     int not null,
    due_on   date not null,
    items    int not null,
    done     int not null,
    constraint pledge_counts_pkey primary key (unit_id, year, due_on),
    constraint pledge_counts_unit_fkey foreign key (unit_id) references org_units (id)
);

create function pledge_counts_direct(units bigint[], years int[])
returns table (unit_id bigint, year int, due_on date, items int, done int)
language sql stable as $$
    with wanted as (
        select distinct w.id from unnest(units) as w(id)
    ),
    cells as (
        select c.id, a.id as unit_id
        from org_units c
        cross join unnest(c.ancestors[2:]) as a(id)
        where c.kind in ('cell', 'grassroots_cell')
          and (units is null or (c.ancestors && units and a.id in (select id from wanted)))
    ),
    items as (
        select p.org_unit_id as cell_id, p.year,
               coalesce(i.deadline, make_date(p.year, 12, 31)) as due_on,
               coalesce((select rv.outcome <> 'not_done' from item_assessments rv
                         where rv.plan_id = p.id and rv.by_reviewer and rv.item_id = i.id),
                        (select ip.status = 'done' from item_progress ip
                         where ip.plan_id = p.id and ip.item_id = i.id
                         order by ip.id desc limit 1),
                        false) as done
        from plans p
        join plan_items i on i.plan_id = p.id
        where p.kind = 'personal' and p.state = 'approved'
          and (years is null or p.year = any(years))
          and p.org_unit_id in (select id from cells)
    )
    select c.unit_id, i.year, i.due_on, count(*)::int, count(*) filter (where i.done)::int
    from items i join cells c on c.id = i.cell_id
    group by c.unit_id, i.year, i.due_on
$$;

create function refresh_pledge_counts(units bigint[], years int[]) returns void
language sql as $$
    select lock_counted_units(3, units);
    delete from pledge_counts
    where (units is null or unit_id = any(units)) and (years is null or year = any(years));
    insert into pledge_counts select * from pledge_counts_direct(units, years);
$$;

-- Personal plans approved, no longer approved, moved or removed: their cells' rows.
create function pledge_counts_after_plans_rows() returns trigger language plpgsql as $$
begin
    -- `changed` is the inserted rows for an insert, the deleted ones for a delete.
    if exists (select 1 from changed where kind = 'personal' and state = 'approved') then
        perform refresh_pledge_counts(
            units_and_ancestors((select array_agg(distinct org_unit_id) from changed
                                 where kind = 'personal' and state = 'approved')),
            (select array_agg(distinct year) from changed
             where kind = 'personal' and state = 'approved'));
    end if;
    return null;
end $$;
create trigger plans_pledge_counts_insert after insert on plans
    referencing new table as changed
    for each statement execute function pledge_counts_after_plans_rows();
create trigger plans_pledge_counts_delete after delete on plans
    referencing old table as changed
    for each statement execute function pledge_counts_after_plans_rows();

-- (The transition tables are looked at one by one, never joined: they have no index, and
-- a join of two 100,000-row tables is a nested loop of 10^10 steps.)
create function pledge_counts_after_plans_update() returns trigger language plpgsql as $$
begin
    if exists (select 1 from new_rows where kind = 'personal' and state = 'approved')
       or exists (select 1 from old_rows where kind = 'personal' and state = 'approved') then
        perform refresh_pledge_counts(
            units_and_ancestors((
                select array_agg(distinct r.org_unit_id)
                from (select n.org_unit_id from new_rows n where n.kind = 'personal'
                      union select o.org_unit_id from old_rows o where o.kind = 'personal') r)),
            (select array_agg(distinct y.year)
             from (select year from new_rows union select year from old_rows) y));
    end if;
    return null;
end $$;
create trigger plans_pledge_counts_update after update on plans
    referencing new table as new_rows old table as old_rows
    for each statement execute function pledge_counts_after_plans_update();

-- The rows of the approved personal plans among `plan_ids`: their cells and the units
-- above, for the plans' years.
create function refresh_pledge_counts_of_plans(plan_ids bigint[]) returns void
language sql as $$
    select refresh_pledge_counts(
        units_and_ancestors((select array_agg(distinct p.org_unit_id) from plans p
                             where p.id = any(plan_ids)
                               and p.kind = 'personal' and p.state = 'approved')),
        (select array_agg(distinct p.year) from plans p
         where p.id = any(plan_ids) and p.kind = 'personal' and p.state = 'approved'));
$$;

-- Items of an approved plan (written by the generator, or a deadline corrected), progress
-- on them and their assessment: their plans' cells.
create function pledge_counts_after_item_rows() returns trigger language plpgsql as $$
begin
    perform refresh_pledge_counts_of_plans((select array_agg(distinct plan_id) from changed));
    return null;
end $$;
create trigger plan_items_pledge_counts_insert after insert on plan_items
    referencing new table as changed
    for each statement execute function pledge_counts_after_item_rows();
create trigger plan_items_pledge_counts_update after update on plan_items
    referencing new table as changed
    for each statement execute function pledge_counts_after_item_rows();
create trigger plan_items_pledge_counts_delete after delete on plan_items
    referencing old table as changed
    for each statement execute function pledge_counts_after_item_rows();
create trigger item_progress_pledge_counts_insert after insert on item_progress
    referencing new table as changed
    for each statement execute function pledge_counts_after_item_rows();
-- Only the assessment by whoever decides the plan counts (the writer's own does not).
create function pledge_counts_after_assessments() returns trigger language plpgsql as $$
begin
    if exists (select 1 from changed where by_reviewer) then
        perform refresh_pledge_counts_of_plans(
            (select array_agg(distinct plan_id) from changed where by_reviewer));
    end if;
    return null;
end $$;
create trigger item_assessments_pledge_counts_insert after insert on item_assessments
    referencing new table as changed
    for each statement execute function pledge_counts_after_assessments();
create trigger item_assessments_pledge_counts_update after update on item_assessments
    referencing new table as changed
    for each statement execute function pledge_counts_after_assessments();
create trigger item_assessments_pledge_counts_delete after delete on item_assessments
    referencing old table as changed
    for each statement execute function pledge_counts_after_assessments();

-- ---------------------------------------------------------------------------------------
-- Ratings: the decided ratings of members, counted in the cell the member belonged to at
-- the end of the year and every unit above it but the root. Proposals are not counted:
-- the dashboard shows what was decided.
create table rating_counts (
    unit_id        bigint not null,
    year           int not null,
    excellent      int not null,
    good           int not null,
    completed      int not null,
    not_completed  int not null,
    not_rated      int not null,
    constraint rating_counts_pkey primary key (unit_id, year),
    constraint rating_counts_unit_fkey foreign key (unit_id) references org_units (id)
);

create function rating_counts_direct(units bigint[], years int[])
returns table (unit_id bigint, year int, excellent int, good int, completed int,
               not_completed int, not_rated int)
language sql stable as $$
    with wanted as (
        select distinct w.id from unnest(units) as w(id)
    ),
    cells as (
        select c.id, a.id as unit_id
        from org_units c
        cross join unnest(c.ancestors[2:]) as a(id)
        where c.kind in ('cell', 'grassroots_cell')
          and (units is null or (c.ancestors && units and a.id in (select id from wanted)))
    ),
    rated as (
        select cm.cell_id, r.year, r.level
        from ratings r
        join cell_memberships cm
          on cm.member_id = r.member_id
         and cm.valid_from <= make_date(r.year, 12, 31)
         and (cm.valid_to is null or cm.valid_to > make_date(r.year, 12, 31))
        where r.member_id is not null and r.state = 'decided'
          and (years is null or r.year = any(years))
          and cm.cell_id in (select id from cells)
    )
    select c.unit_id, r.year,
           count(*) filter (where r.level = 'HTXSNV')::int,
           count(*) filter (where r.level = 'HTTNV')::int,
           count(*) filter (where r.level = 'HTNV')::int,
           count(*) filter (where r.level = 'KHTNV')::int,
           count(*) filter (where r.level is null)::int
    from rated r join cells c on c.id = r.cell_id
    group by c.unit_id, r.year
$$;

create function refresh_rating_counts(units bigint[], years int[]) returns void
language sql as $$
    select lock_counted_units(4, units);
    delete from rating_counts
    where (units is null or unit_id = any(units)) and (years is null or year = any(years));
    insert into rating_counts select * from rating_counts_direct(units, years);
$$;

-- The cells (at the end of the year) of the members whose decided ratings changed.
create function rating_counts_after_ratings() returns trigger language plpgsql as $$
begin
    if exists (select 1 from changed where state = 'decided' and member_id is not null) then
        perform refresh_rating_counts(
            units_and_ancestors((
                select array_agg(distinct cm.cell_id)
                from changed r
                join cell_memberships cm
                  on cm.member_id = r.member_id
                 and cm.valid_from <= make_date(r.year, 12, 31)
                 and (cm.valid_to is null or cm.valid_to > make_date(r.year, 12, 31))
                where r.state = 'decided')),
            (select array_agg(distinct year) from changed where state = 'decided'));
    end if;
    return null;
end $$;
create trigger ratings_counts_insert after insert on ratings
    referencing new table as changed
    for each statement execute function rating_counts_after_ratings();
create trigger ratings_counts_delete after delete on ratings
    referencing old table as changed
    for each statement execute function rating_counts_after_ratings();

-- An update counts for what it was and what it is (a decision, or its reopening).
-- Proposals replaced by a scoring pass (100,000 rows at once) are neither.
create function rating_counts_after_ratings_update() returns trigger language plpgsql as $$
begin
    if exists (select 1 from new_rows where member_id is not null and state = 'decided')
       or exists (select 1 from old_rows where member_id is not null and state = 'decided') then
        perform refresh_rating_counts(
            units_and_ancestors((
                select array_agg(distinct cm.cell_id)
                from new_rows r
                join cell_memberships cm
                  on cm.member_id = r.member_id
                 and cm.valid_from <= make_date(r.year, 12, 31)
                 and (cm.valid_to is null or cm.valid_to > make_date(r.year, 12, 31))
                where r.member_id is not null)),
            (select array_agg(distinct year) from new_rows));
    end if;
    return null;
end $$;
create trigger ratings_counts_update after update on ratings
    referencing new table as new_rows old table as old_rows
    for each statement execute function rating_counts_after_ratings_update();

-- A member moved between cells: the cells of the memberships, every year.
create function rating_counts_after_memberships() returns trigger language plpgsql as $$
begin
    perform refresh_rating_counts(
        units_and_ancestors((select array_agg(distinct cell_id) from changed)), null);
    return null;
end $$;
create trigger cell_memberships_rating_counts_insert after insert on cell_memberships
    referencing new table as changed
    for each statement execute function rating_counts_after_memberships();
create function rating_counts_after_memberships_update() returns trigger language plpgsql as $$
begin
    perform refresh_rating_counts(
        units_and_ancestors((select array_agg(distinct cell_id)
                             from (select cell_id from new_rows
                                   union select cell_id from old_rows) c)),
        null);
    return null;
end $$;
create trigger cell_memberships_rating_counts_update after update on cell_memberships
    referencing new table as new_rows old table as old_rows
    for each statement execute function rating_counts_after_memberships_update();
create trigger cell_memberships_rating_counts_delete after delete on cell_memberships
    referencing old table as changed
    for each statement execute function rating_counts_after_memberships();

-- ---------------------------------------------------------------------------------------
-- A unit moved or its kind changed: both tables, where it was and where it is.
create function dashboard_counts_after_units_update() returns trigger language plpgsql as $$
declare
    moved bigint[];
begin
    -- Units whose place or kind changed (units change a few at a time: a restructure
    -- moves a unit and what is below it).
    select array_agg(distinct a.id) into moved
    from (select n.ancestors from new_rows n
          where not exists (select 1 from old_rows o
                            where o.id = n.id and o.kind = n.kind and o.ancestors = n.ancestors)
          union all
          select o.ancestors from old_rows o
          where not exists (select 1 from new_rows n
                            where n.id = o.id and n.kind = o.kind and n.ancestors = o.ancestors)) r
    cross join unnest(r.ancestors[2:]) as a(id);
    if moved is not null then
        perform refresh_pledge_counts(moved, null);
        perform refresh_rating_counts(moved, null);
    end if;
    return null;
end $$;
create trigger org_units_dashboard_counts_update after update on org_units
    referencing new table as new_rows old table as old_rows
    for each statement execute function dashboard_counts_after_units_update();


select refresh_pledge_counts(null, null);
select refresh_rating_counts(null, null);
