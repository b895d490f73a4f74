-- Registration counts per cell and year, kept current in the same transaction as every
-- change that moves them, so that the tree pages add up a few thousand rows at province
-- scale instead of joining every member with their plan on each request.
--
-- A cell's figures for a year count the members it had at the end of that year (today,
-- for a year not yet over) who must file a plan (official and probationary members), and
-- their personal plans of that year wherever they were filed.

create table cell_counts (
    cell_id      bigint not null,
    year         int not null,
    expected     int not null,
    registered   int not null,
    approved     int not null,
    waiting      int not null,
    not_started  int not null,
    constraint cell_counts_pkey primary key (cell_id, year),
    constraint cell_counts_cell_fkey foreign key (cell_id) references org_units (id)
);

-- The figures computed from the rows themselves, for the given cells and years (all of
-- them when null): what `cell_counts` must always equal.
create function cell_counts_direct(cells bigint[], years int[])
returns table (cell_id bigint, year int, expected int, registered int, approved int,
               waiting int, not_started int)
language sql stable as $$
    select cm.cell_id, y.year,
           count(*)::int,
           count(*) filter (where p.state in ('submitted', 'approved') or p.revision > 1)::int,
           count(*) filter (where p.state = 'approved')::int,
           count(*) filter (where p.state = 'submitted')::int,
           count(*) filter (where p.id is null)::int
    from years y
    join cell_memberships cm
      on cm.valid_from <= least(make_date(y.year, 12, 31), vn_today())
     and (cm.valid_to is null or cm.valid_to > least(make_date(y.year, 12, 31), vn_today()))
    join members m on m.id = cm.member_id and m.status in ('official', 'probationary')
    left join plans p on p.member_id = m.id and p.kind = 'personal' and p.year = y.year
    where (cells is null or cm.cell_id = any(cells))
      and (years is null or y.year = any(years))
    group by cm.cell_id, y.year
$$;

create function refresh_cell_counts(cells bigint[], years int[]) returns void
language sql as $$
    delete from cell_counts
    where (cells is null or cell_id = any(cells)) and (years is null or year = any(years));
    insert into cell_counts select * from cell_counts_direct(cells, years);
$$;

-- Personal plans: the cells their member belonged to, for the plans' years. (An empty
-- array refreshes nothing; null would mean every cell.)
create function cell_counts_after_plans_rows() returns trigger language plpgsql as $$
begin
    -- `changed` is the inserted rows for an insert, the deleted ones for a delete.
    if exists (select 1 from changed where kind = 'personal') then
        perform refresh_cell_counts(
            (select coalesce(array_agg(distinct cm.cell_id), '{}') from changed c
             join cell_memberships cm on cm.member_id = c.member_id where c.kind = 'personal'),
            (select array_agg(distinct year) from changed where kind = 'personal'));
    end if;
    return null;
end $$;
create trigger plans_cell_counts_insert after insert on plans
    referencing new table as changed
    for each statement execute function cell_counts_after_plans_rows();

create function cell_counts_after_plans_update() returns trigger language plpgsql as $$
begin
    if exists (select 1 from new_rows n join old_rows o on o.id = n.id
               where n.kind = 'personal'
                 and (n.state, n.revision, n.member_id, n.year)
                     is distinct from (o.state, o.revision, o.member_id, o.year)) then
        perform refresh_cell_counts(
            (select coalesce(array_agg(distinct cm.cell_id), '{}')
             from (select member_id from new_rows union select member_id from old_rows) r
             join cell_memberships cm on cm.member_id = r.member_id),
            (select array_agg(distinct year)
             from (select year from new_rows union select year from old_rows) y));
    end if;
    return null;
end $$;
create trigger plans_cell_counts_update after update on plans
    referencing new table as new_rows old table as old_rows
    for each statement execute function cell_counts_after_plans_update();

create trigger plans_cell_counts_delete after delete on plans
    referencing old table as changed
    for each statement execute function cell_counts_after_plans_rows();

-- Memberships: the cells they are of, for every year.
create function cell_counts_after_memberships() returns trigger language plpgsql as $$
begin
    perform refresh_cell_counts(
        (select coalesce(array_agg(distinct cell_id), '{}') from changed), null);
    return null;
end $$;
create trigger cell_memberships_counts_insert after insert on cell_memberships
    referencing new table as changed
    for each statement execute function cell_counts_after_memberships();
create trigger cell_memberships_counts_update after update on cell_memberships
    referencing new table as changed
    for each statement execute function cell_counts_after_memberships();
create trigger cell_memberships_counts_delete after delete on cell_memberships
    referencing old table as changed
    for each statement execute function cell_counts_after_memberships();

-- A member's status decides whether they must file a plan.
create function cell_counts_after_members() returns trigger language plpgsql as $$
begin
    if exists (select 1 from new_rows n join old_rows o on o.id = n.id
               where n.status is distinct from o.status) then
        perform refresh_cell_counts(
            (select coalesce(array_agg(distinct cm.cell_id), '{}') from new_rows n
             join old_rows o on o.id = n.id and n.status is distinct from o.status
             join cell_memberships cm on cm.member_id = n.id),
            null);
    end if;
    return null;
end $$;
create trigger members_cell_counts after update on members
    referencing new table as new_rows old table as old_rows
    for each statement execute function cell_counts_after_members();

-- A new year starts with every cell's figures.
create function cell_counts_after_years() returns trigger language plpgsql as $$
begin
    perform refresh_cell_counts(null, (select array_agg(year) from changed));
    return null;
end $$;
create trigger years_cell_counts after insert on years
    referencing new table as changed
    for each statement execute function cell_counts_after_years();

select refresh_cell_counts(null, null);
