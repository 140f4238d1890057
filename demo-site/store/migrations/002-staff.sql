-- Staff who answer letters and reports, their sessions, and failed logins (for the rate limit).
-- Only scrypt hashes of passwords and SHA-256 hashes of session tokens are kept: a copy of these
-- tables lets no one log in.
create table staff (
  id bigint generated always as identity primary key,
  login text not null unique,
  display_name text not null,
  role text not null check (role in ('clerk', 'publisher')),
  password_hash text not null,
  created_at timestamptz not null default now()
);

create table staff_sessions (
  token_hash text primary key,
  staff_id bigint not null references staff (id) on delete cascade,
  -- The synchronizer token every form of this session carries back (CSRF).
  csrf_token text not null,
  created_at timestamptz not null default now(),
  last_seen timestamptz not null default now()
);
create index staff_sessions_staff on staff_sessions (staff_id);

create table login_failures (
  id bigint generated always as identity primary key,
  login text not null,
  ip text not null,
  at timestamptz not null default now()
);
create index login_failures_login on login_failures (login, at);
create index login_failures_ip on login_failures (ip, at);

-- The answer as published: the publisher may take a name or a phone number out of it.
alter table submissions add column public_answer text;
