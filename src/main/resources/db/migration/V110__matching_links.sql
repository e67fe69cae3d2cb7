-- Links between people records held by different organisations of a partnership (ADR 0015). Records are linked,
-- never merged: a pair names two records, each stays its organisation's own.
create table matching_threshold (
    partnership_id uuid primary key references partnership (id),
    link           double precision not null check (link > 0 and link <= 1),
    review         double precision not null check (review > 0 and review <= link),
    set_by         uuid             not null,
    set_at         timestamptz      not null
);

-- One row per pair of records (first_person_id < second_person_id, so a pair is stored once): proposed for review,
-- linked (by the model above the link threshold, or confirmed by a reviewer) or rejected (never proposed again).
create table matching_pair (
    id                   uuid primary key,
    partnership_id       uuid             not null references partnership (id),
    first_person_id      uuid             not null references person (id),
    second_person_id     uuid             not null references person (id),
    probability          double precision not null,
    reasons              text             not null,
    status               varchar(10)      not null check (status in ('REVIEW', 'LINKED', 'REJECTED')),
    proposed_at          timestamptz      not null,
    decided_by           uuid,
    decided_at           timestamptz,
    decision_reason      varchar(500),
    check (first_person_id < second_person_id),
    check ((status = 'REVIEW') = (decided_at is null)),
    unique (first_person_id, second_person_id)
);
create index matching_pair_review on matching_pair (partnership_id, status);
create index matching_pair_second on matching_pair (second_person_id);
