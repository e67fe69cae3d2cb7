-- Information sharing agreements (module agreements): what a partnership's organisations agreed to share, why, on
-- which lawful basis and for how long (ICO data sharing code of practice, "data sharing agreements").
create table information_sharing_agreement (
    id                      uuid primary key,
    partnership_id          uuid         not null references partnership (id),
    title                   varchar(200) not null,
    purposes                text[]       not null,
    information_categories  text[]       not null,
    lawful_bases            text[]       not null,
    starts_on               date         not null,
    review_on               date         not null,
    ends_on                 date,
    dpia_reference          varchar(200) not null,
    signatories             text[]       not null,
    recorded_by             uuid         not null,
    recorded_at             timestamptz  not null,
    check (review_on > starts_on),
    check (ends_on is null or ends_on > starts_on)
);
create index agreement_partnership on information_sharing_agreement (partnership_id);

create table agreement_party (
    agreement_id     uuid not null references information_sharing_agreement (id),
    organisation_id  uuid not null references organisation (id),
    primary key (agreement_id, organisation_id)
);

-- A sharing recorded outside any agreement: allowed for one-off safeguarding, listed for the sharer's IG lead.
create table sharing_outside_agreement (
    decision_id                uuid        primary key,
    sharer_organisation_id     uuid        not null references organisation (id),
    recipient_organisation_id  uuid        not null references organisation (id),
    purpose                    varchar(30) not null,
    shared_on                  date        not null,
    flagged_at                 timestamptz not null
);
create index outside_agreement_sharer on sharing_outside_agreement (sharer_organisation_id, flagged_at desc);
