-- Letters (市长信箱), error reports (纠错) and bookings: what a citizen sends the city, kept until
-- answered. A citizen finds theirs with the tracking number and the query code; only the code's
-- scrypt hash is kept.
create table submissions (
  id bigint generated always as identity primary key,
  kind text not null check (kind in ('letter', 'report', 'booking')),
  tracking text not null unique,
  code_hash text not null,
  -- One per form the portal rendered: a reload or a double click that posts again finds this row.
  idempotency_key text not null unique,
  status text not null default 'received' check (status in ('received', 'in_progress', 'answered', 'cancelled')),
  fields jsonb not null,
  created_at timestamptz not null default now(),
  assigned_to text,
  answer text,
  answered_at timestamptz,
  -- A published letter shows its subject, question and answer on the portal, never who sent it.
  published_at timestamptz,
  public_title text,
  public_question text
);
create index submissions_status on submissions (kind, status, created_at);
create index submissions_published on submissions (published_at) where published_at is not null;

-- Appointment capacity per service, day and half-day. "taken <= capacity" is the database's
-- promise that no slot is booked twice over, however many people press 提交 at once.
create table slots (
  service text not null,
  day date not null,
  half text not null check (half in ('am', 'pm')),
  capacity int not null check (capacity >= 0),
  taken int not null default 0 check (taken >= 0 and taken <= capacity),
  primary key (service, day, half)
);

create table bookings (
  submission_id bigint primary key references submissions (id),
  service text not null,
  day date not null,
  half text not null,
  cancelled_at timestamptz,
  foreign key (service, day, half) references slots (service, day, half)
);

-- Picture codes: each used once, within its time, then gone.
create table captchas (
  token text primary key,
  answer text not null,
  expires_at timestamptz not null,
  used_at timestamptz
);
