-- Year-end: the assessment of each approved item, what the cell and the committee record
-- about a member's or a unit's year, and the ratings with the scheme and parameters that
-- produced them (../shared/domain.md §4–5).

-- ---------------------------------------------------------------------------------------
-- The parameters of the year's scheme (src/domain/rating.rs Params as JSON); none: the
-- scheme's defaults.
alter table years add column rating_params jsonb;

-- ---------------------------------------------------------------------------------------
-- Progress on an approved item during the year, as its writer reports it: each update is
-- kept (the item's history), the latest is its state. Whoever decides the plan may
-- acknowledge an update; nothing else about an update ever changes.
create table item_progress (
    id               bigint generated always as identity,
    plan_id          bigint not null,
    item_id          bigint not null,
    status           text not null,
    percent          int,
    note             text not null default '',
    evidence         text not null default '',
    actor_id         bigint not null,
    at               timestamptz not null default now(),
    acknowledged_by  bigint,
    acknowledged_at  timestamptz,
    constraint item_progress_pkey primary key (id),
    constraint item_progress_plan_fkey foreign key (plan_id) references plans (id),
    constraint item_progress_item_fkey foreign key (item_id)
        references plan_items (id) on delete cascade,
    constraint item_progress_actor_fkey foreign key (actor_id) references accounts (id),
    constraint item_progress_ack_fkey foreign key (acknowledged_by) references accounts (id),
    constraint item_progress_status_check check (status in ('not_started', 'in_progress', 'done')),
    constraint item_progress_percent_check check (percent between 0 and 100),
    constraint item_progress_note_check check (length(note) <= 2000),
    constraint item_progress_evidence_check check (length(evidence) <= 500),
    constraint item_progress_ack_check check ((acknowledged_by is null) = (acknowledged_at is null))
);
create index item_progress_plan_idx on item_progress (plan_id, item_id, id desc);

create function item_progress_only_acknowledged() returns trigger language plpgsql as $$
begin
    if (new.plan_id, new.item_id, new.status, new.percent, new.note, new.evidence,
        new.actor_id, new.at)
       is distinct from
       (old.plan_id, old.item_id, old.status, old.percent, old.note, old.evidence,
        old.actor_id, old.at)
       or old.acknowledged_by is not null then
        raise exception 'a progress update is kept as written; it can only be acknowledged once'
            using errcode = 'check_violation', constraint = 'item_progress_kept_check';
    end if;
    return new;
end $$;
create trigger item_progress_kept before update on item_progress
    for each row execute function item_progress_only_acknowledged();

-- ---------------------------------------------------------------------------------------
-- Each approved item, assessed by its writer (self) and by whoever decides the plan (the
-- cell's leaders for a member's pledge, the committee above for a unit's plan): both kept.
-- Every save is also a plan event ('assess'), so the plan's history shows who and when.
create table item_assessments (
    plan_id      bigint not null,
    item_id      bigint not null,
    by_reviewer  boolean not null,
    outcome      text not null,
    evidence     text not null default '',
    actor_id     bigint not null,
    at           timestamptz not null default now(),
    constraint item_assessments_pkey primary key (plan_id, by_reviewer, item_id),
    constraint item_assessments_plan_fkey foreign key (plan_id) references plans (id),
    constraint item_assessments_item_fkey foreign key (item_id)
        references plan_items (id) on delete cascade,
    constraint item_assessments_actor_fkey foreign key (actor_id) references accounts (id),
    constraint item_assessments_outcome_check check (
        outcome in ('exceeded', 'on_time', 'late', 'not_done')),
    constraint item_assessments_evidence_check check (length(evidence) <= 1000)
);
create index item_assessments_item_idx on item_assessments (item_id);

-- A member's or a unit's year as the assessment leaves it: the self-proposed level and
-- note (the writer), the points for the common criteria and the shortcomings still open
-- (the reviewer). One row per subject and year; the version guards concurrent edits.
create table year_reviews (
    id                 bigint generated always as identity,
    year               int not null,
    member_id          bigint,
    org_unit_id        bigint,
    self_level         text,
    self_note          text not null default '',
    common_points      double precision,
    shortcomings_open  int not null default 0,
    version            int not null default 1,
    updated_by         bigint not null,
    updated_at         timestamptz not null default now(),
    constraint year_reviews_pkey primary key (id),
    constraint year_reviews_year_fkey foreign key (year) references years (year),
    constraint year_reviews_member_fkey foreign key (member_id) references members (id),
    constraint year_reviews_unit_fkey foreign key (org_unit_id) references org_units (id),
    constraint year_reviews_updated_by_fkey foreign key (updated_by) references accounts (id),
    constraint year_reviews_subject_check check ((member_id is null) <> (org_unit_id is null)),
    constraint year_reviews_level_check check (
        self_level is null or self_level in ('HTXSNV', 'HTTNV', 'HTNV', 'KHTNV')),
    constraint year_reviews_note_check check (length(self_note) <= 4000),
    constraint year_reviews_points_check check (common_points between 0 and 100),
    constraint year_reviews_open_check check (shortcomings_open between 0 and 100)
);
create unique index year_reviews_member_key on year_reviews (year, member_id)
    where member_id is not null;
create unique index year_reviews_unit_key on year_reviews (year, org_unit_id)
    where org_unit_id is not null;

-- Facts recorded by the cell or a committee, each with its reason and date: discipline
-- (and whether the member or unit detected and remedied it), degradation, violating what
-- members must not do or the duty to set an example, discipline below a unit, and why a
-- member is not rated. A fact is withdrawn, never deleted.
create table year_facts (
    id                bigint generated always as identity,
    year              int not null,
    member_id         bigint,
    org_unit_id       bigint,
    fact              text not null,
    self_detected     boolean not null default false,
    not_rated         text,
    reason            text not null,
    on_date           date not null,
    recorded_by       bigint not null,
    recorded_at       timestamptz not null default now(),
    withdrawn_by      bigint,
    withdrawn_at      timestamptz,
    withdrawn_reason  text,
    constraint year_facts_pkey primary key (id),
    constraint year_facts_year_fkey foreign key (year) references years (year),
    constraint year_facts_member_fkey foreign key (member_id) references members (id),
    constraint year_facts_unit_fkey foreign key (org_unit_id) references org_units (id),
    constraint year_facts_recorded_by_fkey foreign key (recorded_by) references accounts (id),
    constraint year_facts_withdrawn_by_fkey foreign key (withdrawn_by) references accounts (id),
    constraint year_facts_subject_check check ((member_id is null) <> (org_unit_id is null)),
    constraint year_facts_fact_check check (fact in (
        'disciplined', 'degradation', 'prohibited', 'example_duty', 'below_disciplined',
        'not_rated')),
    constraint year_facts_not_rated_check check ((fact = 'not_rated') = (not_rated is not null)
        and (not_rated is null or not_rated in (
            'exempted', 'suspended', 'new_member', 'leave', 'under_inspection'))),
    constraint year_facts_reason_check check (length(trim(reason)) between 1 and 1000),
    constraint year_facts_withdrawn_check check (
        (withdrawn_at is null) = (withdrawn_by is null)
        and (withdrawn_at is null) = (withdrawn_reason is null))
);
create index year_facts_member_idx on year_facts (member_id, year) where withdrawn_at is null;
create index year_facts_unit_idx on year_facts (org_unit_id, year) where withdrawn_at is null;

-- ---------------------------------------------------------------------------------------
-- The parameters ratings were made with, stored once for all the ratings made with them.
create table rating_params (
    id      bigint generated always as identity,
    scheme  text not null,
    params  jsonb not null,
    constraint rating_params_pkey primary key (id),
    constraint rating_params_key unique (params),
    constraint rating_params_scheme_check check (
        scheme in ('hd27-2014', 'qd132-2018', 'qd124-2023', 'qd366-2025'))
);

-- Ratings of members and units. `scope_unit_id` is the quota's scope and the deciding
-- body: a member's grassroots organisation (or the commune committee for a cell directly
-- under it); a cell's grassroots organisation; a grassroots organisation's committee
-- above. A rating keeps the parameters and the case (`inputs`: items and outcomes, points,
-- facts) it was made from and the quota's figures in its scope; the scheme's pure code
-- gives the same explanation from them every time, and a rating is never recomputed under
-- other parameters. A proposal is replaced by newer proposals; a decided rating is locked
-- until it is reopened with a reason (audit_log).
create table ratings (
    id               bigint generated always as identity,
    year             int not null,
    member_id        bigint,
    org_unit_id      bigint,
    scope_unit_id    bigint not null,
    state            text not null default 'proposed',
    level            text,
    not_rated        text,
    points           double precision,
    before_quota     text,
    moved_by_quota   boolean not null default false,
    tie_at_boundary  boolean not null default false,
    quota_allowed    int,
    quota_qualified  int,
    -- the level proposed, kept when the committee decides otherwise
    proposed_level   text,
    params_id        bigint not null,
    inputs           jsonb not null,
    proposed_by      bigint,
    proposed_at      timestamptz not null default now(),
    decided_by       bigint,
    decided_at       timestamptz,
    decision_number  text,
    decision_date    date,
    -- a quota share raised by the deciding body: {"percent": 25, "reason": "…"}
    raised_quota     jsonb,
    version          int not null default 1,
    constraint ratings_pkey primary key (id),
    constraint ratings_year_fkey foreign key (year) references years (year),
    constraint ratings_member_fkey foreign key (member_id) references members (id),
    constraint ratings_unit_fkey foreign key (org_unit_id) references org_units (id),
    constraint ratings_scope_fkey foreign key (scope_unit_id) references org_units (id),
    constraint ratings_params_fkey foreign key (params_id) references rating_params (id),
    constraint ratings_proposed_by_fkey foreign key (proposed_by) references accounts (id),
    constraint ratings_decided_by_fkey foreign key (decided_by) references accounts (id),
    constraint ratings_subject_check check ((member_id is null) <> (org_unit_id is null)),
    constraint ratings_state_check check (state in ('proposed', 'decided')),
    constraint ratings_level_check check (
        (level is null or level in ('HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'))
        and (before_quota is null or before_quota in ('HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'))
        and (proposed_level is null or proposed_level in ('HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'))),
    constraint ratings_not_rated_check check ((level is null) = (not_rated is not null)),
    constraint ratings_decided_check check ((state = 'decided') = (decided_by is not null
        and decided_at is not null and decision_number is not null and decision_date is not null)),
    constraint ratings_decision_number_check check (length(decision_number) between 1 and 60)
);
create unique index ratings_member_key on ratings (year, member_id) where member_id is not null;
create unique index ratings_unit_key on ratings (year, org_unit_id) where org_unit_id is not null;
create index ratings_scope_idx on ratings (scope_unit_id, year);

-- A decided rating is locked: it changes only by being reopened (back to proposed).
create function ratings_decided_is_locked() returns trigger language plpgsql as $$
begin
    if old.state = 'decided' and new.state = 'decided' then
        raise exception 'rating % is decided: reopen it first', old.id
            using errcode = 'check_violation', constraint = 'ratings_locked_check';
    end if;
    return new;
end $$;
create trigger ratings_locked before update on ratings
    for each row execute function ratings_decided_is_locked();

alter table plan_events drop constraint plan_events_action_check;
alter table plan_events add constraint plan_events_action_check check (action in (
    'create', 'submit', 'withdraw', 'return', 'approve', 'amend', 'comment',
    'edit', 'add_item', 'edit_item', 'remove_item', 'move_item', 'transfer', 'restructure',
    'assess'));
