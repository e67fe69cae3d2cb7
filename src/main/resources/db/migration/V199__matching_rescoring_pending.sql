-- A change of thresholds no longer re-scores every pair in the saving transaction (ADR 0024): it numbers the thresholds
-- and records "re-scoring pending from thresholds version N"; the one-instance job works through the model's pairs in
-- id order, each batch in its own transaction that also moves the cursor, so an interrupted batch is simply done again.
alter table matching_threshold add column version bigint not null default 1;

create table matching_rescoring (
    partnership_id     uuid        primary key references partnership (id),
    thresholds_version bigint      not null,
    after_pair         uuid,
    pairs_total        bigint      not null,
    pairs_done         bigint      not null default 0,
    requested_for      uuid        not null references organisation (id),
    requested_at       timestamptz not null
);

-- The model's pairs of a partnership in id order: the job's batches, and the count taken when the thresholds change.
create index matching_pair_by_the_model on matching_pair (partnership_id, id)
    where status in ('REVIEW', 'LINKED', 'WITHDRAWN') and decided_by is null and unlinked_by is null;
