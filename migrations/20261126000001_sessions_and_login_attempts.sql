-- Sessions of our own, replacing tower-sessions: a row exists only for a logged-in
-- account, is created at login and only ever updated or deleted afterwards, so no request
-- still in flight can bring back a session that logout ended. Anonymous visitors have no
-- row at all (their form token is a signed cookie).
drop schema if exists tower_sessions cascade;

create table sessions (
    -- SHA-256 of the secret in the cookie: the table alone does not let anyone log in
    id_hash      bytea not null,
    account_id   bigint not null,
    created_at   timestamptz not null default now(),
    -- moved forward (at most every few minutes) while the session is used
    expires_at   timestamptz not null,
    ip           text not null default '',
    constraint sessions_pkey primary key (id_hash),
    constraint sessions_account_fkey foreign key (account_id) references accounts (id)
        on delete cascade
);
create index sessions_account_idx on sessions (account_id);
create index sessions_expires_idx on sessions (expires_at);

-- Keys shared by every server process of a deployment (form tokens of anonymous visitors).
create table server_keys (
    name        text not null,
    key         bytea not null,
    created_at  timestamptz not null default now(),
    constraint server_keys_pkey primary key (name),
    constraint server_keys_length_check check (length(key) >= 32)
);

-- Login attempts: 'pending' while the password is being checked, 'failed' once it was
-- wrong. Successful attempts are removed, so a correct login never counts against anyone.
drop table login_failures;
create table login_attempts (
    id          bigint generated always as identity,
    login       text not null,
    ip          text not null default '',
    at          timestamptz not null default now(),
    outcome     text not null default 'pending',
    constraint login_attempts_pkey primary key (id),
    constraint login_attempts_outcome_check check (outcome in ('pending', 'failed'))
);
create index login_attempts_pair_idx on login_attempts (login, ip, at);
create index login_attempts_ip_idx on login_attempts (ip, at) where outcome = 'failed';
