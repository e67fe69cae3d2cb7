-- Module referrals: referrals to children's (or adult) social care through the partnership's MASH, the MASH's RAG
-- rating and its history, the decision within one working day, strategy discussions, the organisations the MASH
-- asked through the exchange, and professional disagreements (docs/adr/0019).

create table referral (
    id                        uuid primary key,
    partnership_id            uuid        not null references partnership (id),
    referring_organisation_id uuid        not null references organisation (id),
    referred_by               uuid        not null,
    referred_by_name          text        not null,
    -- The MASH (or social care) organisation whose queue it arrives in, fixed when sent.
    receiving_organisation_id uuid        not null references organisation (id),
    referral_type             text        not null check (referral_type in ('CHILDRENS_SOCIAL_CARE', 'ADULT_SOCIAL_CARE')),
    -- The referrer's own record of the person; the MASH reads the snapshot below, not the referrer's record.
    person_id                 uuid        not null references person (id),
    subject_name              text        not null,
    subject_date_of_birth     date,
    subject_nhs_number        text,
    -- NHS number, or name and date of birth, normalised: how a re-referral within 12 months is found.
    subject_key               text        not null,
    decision_id               uuid,
    immediate_danger          boolean     not null,
    concern_facts             text        not null,
    concern_opinion           text        not null,
    concern_historical        text        not null,
    risk                      text        not null,
    family_told               text        not null check (family_told in ('TOLD_AND_AGREED', 'TOLD_AND_DID_NOT_AGREE', 'NOT_TOLD')),
    family_response           text        not null,
    other_agencies            text        not null,
    received_at               timestamptz not null,
    decision_due_at           timestamptz not null,
    re_referral_of            uuid references referral (id),
    rating                    text check (rating in ('RED', 'AMBER', 'GREEN')),
    outcome                   text check (outcome in ('STRATEGY_DISCUSSION', 'CHILD_AND_FAMILY_ASSESSMENT', 'EARLY_HELP',
                                                      'SECTION_42_ENQUIRY', 'SIGNPOST', 'NO_FURTHER_ACTION')),
    outcome_reasons           text,
    signposted_to             text,
    decided_at                timestamptz,
    decided_by                uuid,
    decided_by_name           text,
    escalated_at              timestamptz,
    check ((outcome is null) = (decided_at is null))
);

-- The queue: open referrals of a receiving organisation by deadline (an index range scan whatever the queue holds).
create index referral_queue on referral (receiving_organisation_id, decision_due_at) where decided_at is null;
create index referral_overdue on referral (decision_due_at) where decided_at is null and escalated_at is null;
create index referral_by_referrer on referral (referring_organisation_id, received_at desc);
create index referral_subject on referral (partnership_id, subject_key, received_at);

create table referral_family_member (
    referral_id  uuid not null references referral (id),
    position     int  not null,
    name         text not null,
    relationship text not null,
    parental_responsibility boolean not null,
    primary key (referral_id, position)
);

-- Every rating kept: the first with its rationale, each re-rating with why it changed.
create table referral_rating (
    referral_id   uuid        not null references referral (id),
    position      int         not null,
    rating        text        not null check (rating in ('RED', 'AMBER', 'GREEN')),
    rationale     text        not null,
    rated_by      uuid        not null,
    rated_by_name text        not null,
    rated_at      timestamptz not null,
    primary key (referral_id, position)
);

-- Information requests the MASH sent through the exchange about the referral, and whom they involve.
create table referral_request (
    referral_id     uuid not null references referral (id),
    request_id      uuid not null references information_request (id),
    organisation_id uuid not null references organisation (id),
    linked_at       timestamptz not null,
    primary key (referral_id, request_id, organisation_id)
);

create index referral_request_organisation on referral_request (organisation_id, referral_id);

create table referral_meeting (
    id               uuid primary key,
    referral_id      uuid        not null references referral (id),
    held_on          date        not null,
    shared           text        not null,
    decision         text        not null,
    recorded_by      uuid        not null,
    recorded_by_name text        not null,
    recorded_at      timestamptz not null
);

create index referral_meeting_referral on referral_meeting (referral_id);

create table referral_meeting_attendee (
    meeting_id uuid not null references referral_meeting (id),
    position   int  not null,
    name       text not null,
    agency     text not null check (agency in ('POLICE', 'SOCIAL_CARE', 'HEALTH', 'EDUCATION', 'OTHER')),
    organisation text not null,
    primary key (meeting_id, position)
);

-- The partnership's resolution of professional disagreements: the referrer's reason, the level it goes to, the answer.
create table referral_disagreement (
    id               uuid primary key,
    referral_id      uuid        not null references referral (id),
    raised_by        uuid        not null,
    raised_by_name   text        not null,
    raised_at        timestamptz not null,
    reason           text        not null,
    level            text        not null check (level in ('TEAM_MANAGER', 'SERVICE_MANAGER', 'HEAD_OF_SERVICE', 'PARTNERSHIP')),
    answer           text,
    answered_by      uuid,
    answered_by_name text,
    answered_at      timestamptz,
    check ((answer is null) = (answered_at is null))
);

create index referral_disagreement_referral on referral_disagreement (referral_id);
