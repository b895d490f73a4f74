-- Bulk import of the org tree and members from spreadsheets: a stable code per member,
-- accounts that must choose their own password at first login, and each import's file,
-- checked rows, problems and outcome (who uploaded and applied it, when, what).

alter table members add column code text,
    add constraint members_code_key unique (code),
    add constraint members_code_check check (code is null or length(code) between 1 and 30);

-- Unit codes are stored in small letters by the unit pages; an import compares them so.
create index org_units_code_lower_idx on org_units (lower(code));

create table imports (
    id            bigint generated always as identity,
    account_id    bigint not null,
    file_name     text not null,
    file_bytes    bigint not null,
    -- checking → checked (or refused, when the file itself cannot be read) → applied
    status        text not null default 'checking',
    -- rows read so far while checking, for the progress shown on large files
    rows_read     bigint not null default 0,
    -- why the whole file was refused: a message id, and what it names (sheets, a row)
    refusal       text,
    refusal_arg   text,
    -- what applying it did (or would do): new units, new members, moves, …
    counts        jsonb not null default '{}',
    applied_by    bigint,
    applied_at    timestamptz,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now(),
    constraint imports_pkey primary key (id),
    constraint imports_account_fkey foreign key (account_id) references accounts (id),
    constraint imports_applied_by_fkey foreign key (applied_by) references accounts (id),
    constraint imports_status_check check (
        status in ('checking', 'checked', 'refused', 'applied')),
    constraint imports_file_name_check check (length(file_name) <= 255)
);
create index imports_created_idx on imports (created_at desc);
create trigger imports_updated_at before update on imports
    for each row execute function set_updated_at();

-- The rows of an import as read and cleaned (NFC, trimmed), one table per sheet. They
-- stay after applying: with the import they record what was applied.
create table import_units (
    import_id    bigint not null,
    row_no       int not null,
    code         text not null,
    name         text not null,
    kind         text not null,
    parent_code  text not null,
    place        text not null default '',
    valid_from   date not null,
    constraint import_units_pkey primary key (import_id, row_no),
    constraint import_units_import_fkey foreign key (import_id) references imports (id)
        on delete cascade
);
create index import_units_code_idx on import_units (import_id, code);

create table import_members (
    import_id    bigint not null,
    row_no       int not null,
    code         text not null,
    full_name    text not null,
    birth_year   int,
    joined_on    date,
    -- null: not given (a stored member keeps theirs; a new one is official)
    status       text,
    cell_code    text not null,
    login        text not null,
    constraint import_members_pkey primary key (import_id, row_no),
    constraint import_members_import_fkey foreign key (import_id) references imports (id)
        on delete cascade
);
create index import_members_code_idx on import_members (import_id, code);

-- Every problem found, by sheet, row and column, with the value as read.
create table import_problems (
    id          bigint generated always as identity,
    import_id   bigint not null,
    sheet       text not null,
    row_no      int not null,
    col         text not null,
    problem     text not null,
    value       text not null default '',
    constraint import_problems_pkey primary key (id),
    constraint import_problems_import_fkey foreign key (import_id) references imports (id)
        on delete cascade,
    constraint import_problems_sheet_check check (sheet in ('units', 'members'))
);
create index import_problems_import_idx on import_problems (import_id, sheet, row_no);

-- Accounts an import made carry it. They have no password until an administrator draws
-- the list of one-time passwords (random, made then, stored as a salted hash), and must
-- choose their own at first login.
alter table accounts add column must_change_password boolean not null default false,
    add column import_id bigint,
    add constraint accounts_import_fkey foreign key (import_id) references imports (id);
create index accounts_import_idx on accounts (import_id) where import_id is not null;

create or replace view account_users as
select a.id as account_id, a.login, a.display_name, a.member_id,
       cm.cell_id, m.status,
       coalesce(g.roles, '{}') as roles, coalesce(g.units, '{}') as units,
       a.must_change_password
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

-- ---------------------------------------------------------------------------------------
-- Memberships move the counts of the years they are valid in, from the year they start:
-- an import adding thousands of members today (or a transfer) refreshes this year's
-- counts, not every year's.
create function years_from(first_day date) returns int[] language sql stable as $$
    select coalesce(array_agg(y.year order by y.year), '{}') from years y
    where y.year >= extract(year from first_day)
$$;

create or replace function cell_counts_after_memberships() returns trigger language plpgsql as $$
begin
    perform refresh_cell_counts(
        (select coalesce(array_agg(distinct cell_id), '{}') from changed),
        years_from((select min(valid_from) from changed)));
    return null;
end $$;

create or replace function cell_counts_after_memberships_update() returns trigger language plpgsql as $$
begin
    perform refresh_cell_counts(
        (select coalesce(array_agg(distinct cell_id), '{}')
         from (select cell_id from new_rows union select cell_id from old_rows) c),
        years_from((select min(valid_from)
                    from (select valid_from from new_rows
                          union all select valid_from from old_rows) v)));
    return null;
end $$;

create or replace function rating_counts_after_memberships() returns trigger language plpgsql as $$
begin
    perform refresh_rating_counts(
        units_and_ancestors((select array_agg(distinct cell_id) from changed)),
        years_from((select min(valid_from) from changed)));
    return null;
end $$;

create or replace function rating_counts_after_memberships_update() returns trigger language plpgsql as $$
begin
    perform refresh_rating_counts(
        units_and_ancestors((select array_agg(distinct cell_id)
                             from (select cell_id from new_rows
                                   union select cell_id from old_rows) c)),
        years_from((select min(valid_from)
                    from (select valid_from from new_rows
                          union all select valid_from from old_rows) v)));
    return null;
end $$;

-- A cell's figures read its memberships through the index on the cell: `cells is null or
-- cell_id = any(cells)` kept the planner from it (a refresh of a thousand cells read every
-- membership in the province, 0.8 s).
create or replace function cell_counts_direct(cells bigint[], years int[])
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
    where cm.cell_id = any(coalesce(cells, array(select u.id from org_units u)))
      and y.year = any(coalesce(years, array(select y2.year from years y2)))
    group by cm.cell_id, y.year
$$;
