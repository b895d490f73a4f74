-- New memberships add to the counts instead of recounting their cells.
--
-- The figures a membership moves are sums over memberships (`cell_counts` counts them per
-- cell and year, `unit_counts` adds the cells up the tree, `rating_counts` counts the
-- decided ratings of the members in them). So what a batch of new memberships changes is
-- what those memberships alone count, added to the rows kept. Recounting every member of
-- the cells instead made an import of 50,000 members into 1,000 cells spend 0.45 s here,
-- and a transfer recount the two cells, both communes and everything up to the province.
--
-- Deletes and updates still recount (they are rare and may empty a row). The same locks
-- as a refresh are taken first, in the same order, so a delta never interleaves with a
-- refresh of the same unit. The tests compare every kept row with the `_direct` functions.
--
-- A delta must not add what a recount has counted already. That happens when one
-- statement both inserts memberships and changes others (a merge ends the old cell's
-- memberships and opens new ones in one statement): the triggers of both run at the end of
-- the statement, and the recount sees the new rows. So the recounts that read memberships
-- mark the statement they run in, and new memberships in a marked statement are recounted
-- as before instead.

create or replace function refresh_cell_counts(cells bigint[], years int[]) returns void
language sql as $$
    select set_config('pledges.memberships_recounted', statement_timestamp()::text, true);
    select lock_counted_units(1, cells);
    delete from cell_counts
    where (cells is null or cell_id = any(cells)) and (years is null or year = any(years));
    insert into cell_counts select * from cell_counts_direct(cells, years);
    select refresh_unit_counts(case when cells is null then null
                                    else units_and_ancestors(cells) end,
                               years);
$$;

create or replace function refresh_rating_counts(units bigint[], years int[]) returns void
language sql as $$
    select set_config('pledges.memberships_recounted', statement_timestamp()::text, true);
    select lock_counted_units(4, units);
    delete from rating_counts
    where (units is null or unit_id = any(units)) and (years is null or year = any(years));
    insert into rating_counts select * from rating_counts_direct(units, years);
$$;

create function counts_after_memberships_insert() returns trigger language plpgsql as $$
declare
    cells bigint[];
    units bigint[];
begin
    cells := (select coalesce(array_agg(distinct cell_id), '{}') from changed);
    if cells = '{}' then
        return null;
    end if;
    if current_setting('pledges.memberships_recounted', true)
       = statement_timestamp()::text then
        perform refresh_cell_counts(cells, years_from((select min(valid_from) from changed)));
        perform refresh_rating_counts(units_and_ancestors(cells), null);
        return null;
    end if;
    units := units_and_ancestors(cells);
    perform lock_counted_units(1, cells);
    perform lock_counted_units(2, units);

    -- What the new memberships count per cell and year, as `cell_counts_direct` counts
    -- all of them.
    with deltas as (
        select cm.cell_id, y.year,
               count(*)::int as expected,
               count(*) filter (where p.state in ('submitted', 'approved')
                                   or p.revision > 1)::int as registered,
               count(*) filter (where p.state = 'approved')::int as approved,
               count(*) filter (where p.state = 'submitted')::int as waiting,
               count(*) filter (where p.id is null)::int as not_started
        from years y
        join changed cm
          on cm.valid_from <= least(make_date(y.year, 12, 31), vn_today())
         and (cm.valid_to is null
              or cm.valid_to > least(make_date(y.year, 12, 31), vn_today()))
        join members m on m.id = cm.member_id and m.status in ('official', 'probationary')
        left join plans p on p.member_id = m.id and p.kind = 'personal' and p.year = y.year
        group by cm.cell_id, y.year
    ),
    kept as (
        insert into cell_counts as c
        select * from deltas
        on conflict (cell_id, year) do update set
            expected = c.expected + excluded.expected,
            registered = c.registered + excluded.registered,
            approved = c.approved + excluded.approved,
            waiting = c.waiting + excluded.waiting,
            not_started = c.not_started + excluded.not_started
    )
    -- A unit's row adds up the cells below it open at the year's end (today, this year),
    -- as `unit_counts_direct` does.
    update unit_counts u set
        expected = u.expected + s.expected,
        registered = u.registered + s.registered,
        approved = u.approved + s.approved,
        waiting = u.waiting + s.waiting,
        not_started = u.not_started + s.not_started
    from (
        select a.id as unit_id, d.year,
               sum(d.expected) as expected, sum(d.registered) as registered,
               sum(d.approved) as approved, sum(d.waiting) as waiting,
               sum(d.not_started) as not_started
        from deltas d
        join org_units cell on cell.id = d.cell_id
         and cell.valid_from <= least(make_date(d.year, 12, 31), vn_today())
         and (cell.valid_to is null
              or cell.valid_to > least(make_date(d.year, 12, 31), vn_today()))
        cross join unnest(cell.ancestors[2:]) as a(id)
        group by a.id, d.year
    ) s
    where u.unit_id = s.unit_id and u.year = s.year;

    -- A unit's row is missing when the unit opened after its rows were last refreshed (a
    -- cell opening on a day to come has no row yet); those are built whole, now that the
    -- cells' rows hold the new memberships.
    perform refresh_unit_counts(m.units, m.years)
    from (select array_agg(distinct a.id) as units, array_agg(distinct y.year) as years
          from org_units cell
          join years y
            on cell.valid_from <= least(make_date(y.year, 12, 31), vn_today())
           and (cell.valid_to is null
                or cell.valid_to > least(make_date(y.year, 12, 31), vn_today()))
          cross join unnest(cell.ancestors[2:]) as a(id)
          where cell.id = any(cells)
            and not exists (select 1 from unit_counts u
                            where u.unit_id = a.id and u.year = y.year)) m
    where m.units is not null;

    -- The decided ratings of the members, in the cells they were in at the year's end.
    perform lock_counted_units(4, units);
    insert into rating_counts as rc
    select a.id, r.year,
           count(*) filter (where r.level = 'HTXSNV')::int,
           count(*) filter (where r.level = 'HTTNV')::int,
           count(*) filter (where r.level = 'HTNV')::int,
           count(*) filter (where r.level = 'KHTNV')::int,
           count(*) filter (where r.level is null)::int
    from changed cm
    join ratings r
      on r.member_id = cm.member_id and r.state = 'decided'
     and cm.valid_from <= make_date(r.year, 12, 31)
     and (cm.valid_to is null or cm.valid_to > make_date(r.year, 12, 31))
    join org_units c on c.id = cm.cell_id and c.kind in ('cell', 'grassroots_cell')
    cross join unnest(c.ancestors[2:]) as a(id)
    group by a.id, r.year
    on conflict (unit_id, year) do update set
        excellent = rc.excellent + excluded.excellent,
        good = rc.good + excluded.good,
        completed = rc.completed + excluded.completed,
        not_completed = rc.not_completed + excluded.not_completed,
        not_rated = rc.not_rated + excluded.not_rated;
    return null;
end $$;

drop trigger cell_memberships_counts_insert on cell_memberships;
drop trigger cell_memberships_rating_counts_insert on cell_memberships;
create trigger cell_memberships_counts_insert after insert on cell_memberships
    referencing new table as changed
    for each statement execute function counts_after_memberships_insert();
