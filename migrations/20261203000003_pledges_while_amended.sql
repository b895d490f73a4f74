-- An approved plan being amended keeps counting as it was approved: its pledges are the
-- items of its last approved revision (kept whole in `plan_revisions`), with what was
-- reported and assessed on them, until the amendment is approved in turn. Before, they
-- dropped out of the dashboard's progress while its registration still counted the plan.
-- "Counted" is now: personal, and approved or approved once (revision > 1), as for the
-- registration figures.

create or replace function pledge_counts_direct(units bigint[], years int[])
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
    pledged as (
        -- An approved plan: its items.
        select p.id as plan_id, p.org_unit_id as cell_id, p.year, i.id as item_id, i.deadline
        from plans p
        join plan_items i on i.plan_id = p.id
        where p.kind = 'personal' and p.state = 'approved'
          and (years is null or p.year = any(years))
          and p.org_unit_id in (select id from cells)
        union all
        -- Being amended: the items it was last approved with.
        select p.id, p.org_unit_id, p.year, (e.item ->> 'id')::bigint,
               (e.item ->> 'deadline')::date
        from plans p
        cross join lateral (select r.items from plan_revisions r where r.plan_id = p.id
                            order by r.revision desc limit 1) r
        cross join jsonb_array_elements(r.items) as e(item)
        where p.kind = 'personal' and p.state <> 'approved' and p.revision > 1
          and (years is null or p.year = any(years))
          and p.org_unit_id in (select id from cells)
    ),
    items as (
        select d.cell_id, d.year,
               coalesce(d.deadline, make_date(d.year, 12, 31)) as due_on,
               coalesce((select rv.outcome <> 'not_done' from item_assessments rv
                         where rv.plan_id = d.plan_id and rv.by_reviewer
                           and rv.item_id = d.item_id),
                        (select ip.status = 'done' from item_progress ip
                         where ip.plan_id = d.plan_id and ip.item_id = d.item_id
                         order by ip.id desc limit 1),
                        false) as done
        from pledged d
    )
    select c.unit_id, i.year, i.due_on, count(*)::int, count(*) filter (where i.done)::int
    from items i join cells c on c.id = i.cell_id
    group by c.unit_id, i.year, i.due_on
$$;

-- The triggers refresh for every counted plan (an amended plan moved with its member, an
-- item removed from an amendment taking its reports with it).
create or replace function pledge_counts_after_plans_rows() returns trigger language plpgsql as $$
begin
    -- `changed` is the inserted rows for an insert, the deleted ones for a delete.
    if exists (select 1 from changed
               where kind = 'personal' and (state = 'approved' or revision > 1)) then
        perform refresh_pledge_counts(
            units_and_ancestors((select array_agg(distinct org_unit_id) from changed
                                 where kind = 'personal'
                                   and (state = 'approved' or revision > 1))),
            (select array_agg(distinct year) from changed
             where kind = 'personal' and (state = 'approved' or revision > 1)));
    end if;
    return null;
end $$;

create or replace function pledge_counts_after_plans_update() returns trigger
language plpgsql as $$
begin
    if exists (select 1 from new_rows
               where kind = 'personal' and (state = 'approved' or revision > 1))
       or exists (select 1 from old_rows
                  where kind = 'personal' and (state = 'approved' or revision > 1)) then
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

create or replace function refresh_pledge_counts_of_plans(plan_ids bigint[]) returns void
language sql as $$
    select refresh_pledge_counts(
        units_and_ancestors((select array_agg(distinct p.org_unit_id) from plans p
                             where p.id = any(plan_ids) and p.kind = 'personal'
                               and (p.state = 'approved' or p.revision > 1))),
        (select array_agg(distinct p.year) from plans p
         where p.id = any(plan_ids) and p.kind = 'personal'
           and (p.state = 'approved' or p.revision > 1)));
$$;
