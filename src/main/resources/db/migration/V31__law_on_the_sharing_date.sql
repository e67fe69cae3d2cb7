-- The law on the day of sharing (docs/adr/0011). Each decision version keeps the sharing date and the rule set it
-- was evaluated under; versions recorded before this migration have neither (they were judged before these rules).
-- Adding columns does not touch existing rows, so the immutability trigger is not involved.
alter table decision_version add column sharing_date date;
alter table decision_version add column rule_set varchar(200);

-- Commencement dates of provisions enacted but not yet in force (Children Act 2004 s16LA and s16LC). Service-wide:
-- the law is the same for every partnership. Append-only: the latest row for a provision is its date (null: not
-- commenced, for instance after a date entered in error is withdrawn); earlier rows are its history.
create table commencement (
    id             uuid primary key,
    provision      varchar(40)  not null,
    commences_on   date,
    made_by        varchar(200) not null,
    set_by         uuid         not null references user_account (id),
    set_at         timestamptz  not null
);
create index commencement_provision on commencement (provision, set_at desc);

create function commencement_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'commencement dates are never changed: record a new one';
end;
$$;
create trigger commencement_append_only before update or delete on commencement
    for each row execute function commencement_is_append_only();
