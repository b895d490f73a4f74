-- Foundation: the org tree with validity periods, members and their cells, accounts and
-- scoped roles, years, the manifestations catalogue, plans of every kind with their
-- pledge items, approved revisions and an append-only history.

-- Keeps updated_at true on every update.
create function set_updated_at() returns trigger language plpgsql as $$
begin
    new.updated_at := now();
    return new;
end $$;

-- History tables are append-only.
create function forbid_change() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only', tg_table_name;
end $$;

-- Today in Vietnam (UTC+7 all year): validity periods and deadlines are local dates.
create function vn_today() returns date language sql stable as $$
    select ((now() at time zone 'UTC') + interval '7 hours')::date
$$;

-- ---------------------------------------------------------------------------------------
-- Org units. A unit never moves: a restructure closes units (valid_to) and opens new ones
-- that name their predecessor's successor, so old plans and ratings stay attached to the
-- unit they were made in.
create table org_units (
    id            bigint generated always as identity,
    code          text not null,
    name          text not null,
    kind          text not null,
    parent_id     bigint,
    -- ids from the root down to this unit, inclusive; filled by a trigger
    ancestors     bigint[] not null default '{}',
    valid_from    date not null,
    valid_to      date,
    successor_id  bigint,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now(),
    constraint org_units_pkey primary key (id),
    constraint org_units_code_key unique (code),
    constraint org_units_parent_fkey foreign key (parent_id) references org_units (id),
    constraint org_units_successor_fkey foreign key (successor_id) references org_units (id),
    constraint org_units_kind_check check (
        kind in ('province', 'upper_committee', 'grassroots_party', 'grassroots_cell', 'cell')),
    constraint org_units_root_check check ((kind = 'province') = (parent_id is null)),
    constraint org_units_validity_check check (valid_to is null or valid_to > valid_from),
    constraint org_units_name_check check (length(name) between 1 and 200)
);
create index org_units_parent_idx on org_units (parent_id);
create index org_units_ancestors_idx on org_units using gin (ancestors);

create function org_units_fill_ancestors() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and new.parent_id is distinct from old.parent_id then
        raise exception 'org units do not move: close this one and open a successor';
    end if;
    if new.parent_id is null then
        new.ancestors := array[new.id];
    else
        select ancestors || new.id into strict new.ancestors from org_units where id = new.parent_id;
    end if;
    return new;
end $$;
create trigger org_units_ancestors before insert or update on org_units
    for each row execute function org_units_fill_ancestors();
create trigger org_units_updated_at before update on org_units
    for each row execute function set_updated_at();

-- ---------------------------------------------------------------------------------------
create table members (
    id               bigint generated always as identity,
    full_name        text not null,
    -- official lists sort by the given name (the last word), then by the full name
    given_name       text generated always as (regexp_replace(full_name, '^.*\s', '')) stored,
    birth_year       int,
    joined_on        date,
    status           text not null default 'official',
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now(),
    constraint members_pkey primary key (id),
    constraint members_status_check check (
        status in ('official', 'probationary', 'exempted', 'suspended', 'transferred_out')),
    constraint members_full_name_check check (length(full_name) between 1 and 120)
);
create trigger members_updated_at before update on members
    for each row execute function set_updated_at();

-- A member belongs to exactly one cell at a time; transfers close one row and open another.
create table cell_memberships (
    id          bigint generated always as identity,
    member_id   bigint not null,
    cell_id     bigint not null,
    valid_from  date not null,
    valid_to    date,
    created_at  timestamptz not null default now(),
    constraint cell_memberships_pkey primary key (id),
    constraint cell_memberships_member_fkey foreign key (member_id) references members (id),
    constraint cell_memberships_cell_fkey foreign key (cell_id) references org_units (id),
    constraint cell_memberships_validity_check check (valid_to is null or valid_to > valid_from)
);
create unique index cell_memberships_one_current_idx on cell_memberships (member_id)
    where valid_to is null;
create index cell_memberships_cell_idx on cell_memberships (cell_id) where valid_to is null;

-- ---------------------------------------------------------------------------------------
create table accounts (
    id             bigint generated always as identity,
    login          text not null,
    password_hash  text not null,
    member_id      bigint,
    display_name   text not null,
    is_active      boolean not null default true,
    last_login_at  timestamptz,
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now(),
    constraint accounts_pkey primary key (id),
    constraint accounts_login_key unique (login),
    constraint accounts_member_key unique (member_id),
    constraint accounts_member_fkey foreign key (member_id) references members (id),
    constraint accounts_login_check check (login = lower(login) and length(login) between 1 and 64)
);
create trigger accounts_updated_at before update on accounts
    for each row execute function set_updated_at();

-- Being a member needs no role: it follows from the cell membership. These are the
-- offices, each scoped to one org unit and its subtree.
create table role_assignments (
    id           bigint generated always as identity,
    account_id   bigint not null,
    role         text not null,
    org_unit_id  bigint not null,
    valid_from   date not null,
    valid_to     date,
    created_at   timestamptz not null default now(),
    constraint role_assignments_pkey primary key (id),
    constraint role_assignments_account_fkey foreign key (account_id) references accounts (id),
    constraint role_assignments_org_unit_fkey foreign key (org_unit_id) references org_units (id),
    constraint role_assignments_role_check check (role in (
        'cell_secretary', 'cell_deputy', 'grassroots_committee', 'upper_standing_committee',
        'upper_secretary', 'provincial_reviewer', 'administrator')),
    constraint role_assignments_validity_check check (valid_to is null or valid_to > valid_from)
);
create index role_assignments_account_idx on role_assignments (account_id);
create index role_assignments_unit_idx on role_assignments (org_unit_id, role);

-- Whether someone other than `owner` leads `cell` today (secretary or deputy, with an
-- active account): then that person, not the committee above, decides the owner's plan.
create function cell_has_other_leader(cell bigint, owner bigint) returns boolean
language sql stable as $$
    select exists (
        select 1 from role_assignments ra join accounts a on a.id = ra.account_id
        where ra.org_unit_id = cell and ra.role in ('cell_secretary', 'cell_deputy')
          and ra.valid_from <= vn_today() and (ra.valid_to is null or ra.valid_to > vn_today())
          and a.is_active and a.member_id is not null and a.member_id is distinct from owner)
$$;

-- Login attempts not (yet) known to have succeeded, for throttling by login and by address.
create table login_failures (
    id          bigint generated always as identity,
    login       text not null,
    ip          text not null default '',
    failed_at   timestamptz not null default now(),
    constraint login_failures_pkey primary key (id)
);
create index login_failures_login_idx on login_failures (login, failed_at);
create index login_failures_ip_idx on login_failures (ip, failed_at);

-- ---------------------------------------------------------------------------------------
create table years (
    year                  int not null,
    theme                 text not null default '',
    phase                 text not null default 'planning',
    plan_deadline         date,
    assessment_deadline   date,
    created_at            timestamptz not null default now(),
    updated_at            timestamptz not null default now(),
    constraint years_pkey primary key (year),
    constraint years_year_check check (year between 2000 and 2100),
    constraint years_phase_check check (
        phase in ('planning', 'in_progress', 'self_assessment', 'rating', 'closed'))
);
create trigger years_updated_at before update on years
    for each row execute function set_updated_at();

create table manifestations (
    id          bigint generated always as identity,
    code        text not null,
    group_code  text not null,
    label_vi    text not null,
    label_en    text not null,
    position    int not null,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    constraint manifestations_pkey primary key (id),
    constraint manifestations_code_key unique (code),
    constraint manifestations_group_check check (
        group_code in ('tu_tuong_chinh_tri', 'dao_duc_loi_song', 'tu_dien_bien_tu_chuyen_hoa')),
    constraint manifestations_label_check check (
        length(label_vi) between 1 and 300 and length(label_en) between 1 and 300)
);
create trigger manifestations_updated_at before update on manifestations
    for each row execute function set_updated_at();

-- ---------------------------------------------------------------------------------------
-- Plans of every kind share one workflow. A personal plan belongs to a member and is
-- handled in the cell the member was in when it was made; a collective plan or a
-- commitment belongs to an org unit.
create table plans (
    id                 bigint generated always as identity,
    kind               text not null,
    year               int not null,
    org_unit_id        bigint not null,
    member_id          bigint,
    shortcomings       text not null default '',
    state              text not null default 'draft',
    -- bumped by every change; a form that carries an older version is refused
    version            int not null default 1,
    -- the revision being worked on; approved revisions are kept in plan_revisions
    revision           int not null default 1,
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now(),
    constraint plans_pkey primary key (id),
    constraint plans_year_fkey foreign key (year) references years (year),
    constraint plans_org_unit_fkey foreign key (org_unit_id) references org_units (id),
    constraint plans_member_fkey foreign key (member_id) references members (id),
    constraint plans_kind_check check (
        kind in ('personal', 'collective', 'upper_collective_commitment', 'upper_secretary_commitment')),
    constraint plans_owner_check check ((kind = 'personal') = (member_id is not null)),
    constraint plans_state_check check (state in ('draft', 'submitted', 'returned', 'approved')),
    constraint plans_shortcomings_check check (length(shortcomings) <= 4000)
);
create unique index plans_personal_key on plans (year, member_id) where kind = 'personal';
create unique index plans_collective_key on plans (kind, year, org_unit_id) where kind <> 'personal';
create index plans_unit_year_idx on plans (org_unit_id, year, state);

-- Mirrors the workflow in src/domain/plan.rs: only these moves are possible.
create function plans_check_transition() returns trigger language plpgsql as $$
begin
    if new.state <> old.state and not (
        (old.state in ('draft', 'returned') and new.state = 'submitted') or
        (old.state = 'submitted' and new.state in ('returned', 'approved', 'draft')) or
        (old.state = 'approved' and new.state = 'draft')
    ) then
        raise exception 'a plan cannot go from % to %', old.state, new.state
            using errcode = 'check_violation', constraint = 'plans_state_transition_check';
    end if;
    return new;
end $$;
create trigger plans_transition before update on plans
    for each row execute function plans_check_transition();
create trigger plans_updated_at before update on plans
    for each row execute function set_updated_at();

create table plan_items (
    id                bigint generated always as identity,
    plan_id           bigint not null,
    position          int not null,
    kind              text not null,
    content           text not null,
    expected_result   text not null,
    deadline          date,
    weight            int not null default 1,
    manifestation_id  bigint,
    serves_theme      boolean not null default false,
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now(),
    constraint plan_items_pkey primary key (id),
    constraint plan_items_plan_fkey foreign key (plan_id) references plans (id) on delete cascade,
    constraint plan_items_manifestation_fkey foreign key (manifestation_id) references manifestations (id),
    constraint plan_items_position_key unique (plan_id, position) deferrable initially deferred,
    constraint plan_items_kind_check check (
        kind in ('assigned_duty', 'study', 'example', 'remedy', 'theme_action')),
    constraint plan_items_content_check check (length(content) between 1 and 2000),
    constraint plan_items_result_check check (length(expected_result) between 1 and 2000),
    constraint plan_items_weight_check check (weight between 1 and 10)
);
create trigger plan_items_updated_at before update on plan_items
    for each row execute function set_updated_at();

-- The approved versions: what was approved stays on record when the plan is amended.
create table plan_revisions (
    plan_id       bigint not null,
    revision      int not null,
    approved_at   timestamptz not null default now(),
    approved_by   bigint not null,
    shortcomings  text not null,
    items         jsonb not null,
    constraint plan_revisions_pkey primary key (plan_id, revision),
    constraint plan_revisions_plan_fkey foreign key (plan_id) references plans (id),
    constraint plan_revisions_approver_fkey foreign key (approved_by) references accounts (id)
);
create trigger plan_revisions_append_only before update or delete on plan_revisions
    for each row execute function forbid_change();

-- Every transition, comment and edit of a plan: who, when, what.
create table plan_events (
    id           bigint generated always as identity,
    plan_id      bigint not null,
    actor_id     bigint not null,
    at           timestamptz not null default now(),
    action       text not null,
    from_state   text not null,
    to_state     text not null,
    revision     int not null,
    comment      text not null default '',
    details      jsonb not null default '{}',
    constraint plan_events_pkey primary key (id),
    constraint plan_events_plan_fkey foreign key (plan_id) references plans (id),
    constraint plan_events_actor_fkey foreign key (actor_id) references accounts (id),
    constraint plan_events_action_check check (action in (
        'create', 'submit', 'withdraw', 'return', 'approve', 'amend', 'comment',
        'edit', 'add_item', 'edit_item', 'remove_item', 'move_item'))
);
create index plan_events_plan_idx on plan_events (plan_id, at);
create trigger plan_events_append_only before update or delete on plan_events
    for each row execute function forbid_change();

-- Changes outside the plan workflow (catalogue edits, ...): who, when, what.
create table audit_log (
    id          bigint generated always as identity,
    actor_id    bigint,
    at          timestamptz not null default now(),
    entity      text not null,
    entity_id   bigint,
    action      text not null,
    details     jsonb not null default '{}',
    constraint audit_log_pkey primary key (id),
    constraint audit_log_actor_fkey foreign key (actor_id) references accounts (id)
);
create index audit_log_entity_idx on audit_log (entity, entity_id, at);
create trigger audit_log_append_only before update or delete on audit_log
    for each row execute function forbid_change();
