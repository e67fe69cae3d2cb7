-- Each organisation keeps its own record of a person; matching across agencies comes later.
create table person (
    id                        uuid primary key,
    organisation_id           uuid         not null references organisation (id),
    kind                      varchar(10)  not null check (kind in ('CHILD', 'ADULT', 'UNBORN')),
    given_name                varchar(100),
    family_name               varchar(100),
    date_of_birth             date,
    expected_date_of_delivery date,
    sex                       varchar(20)  not null,
    nhs_number                char(10),
    unique_pupil_number       char(13),
    created_by                uuid         not null references user_account (id),
    created_at                timestamptz  not null default now(),
    check (kind = 'UNBORN' or date_of_birth is not null),
    check (kind <> 'UNBORN' or expected_date_of_delivery is not null)
);
create index person_organisation on person (organisation_id);
create index person_nhs_number on person (organisation_id, nhs_number);
create index person_family_name on person (organisation_id, lower(family_name));

create table person_other_name (
    id           uuid primary key,
    person_id    uuid         not null references person (id),
    kind         varchar(20)  not null,
    given_name   varchar(100),
    family_name  varchar(100) not null
);
create index other_name_person on person_other_name (person_id);

create table person_address (
    id          uuid primary key,
    person_id   uuid         not null references person (id),
    line1       varchar(200) not null,
    line2       varchar(200),
    town        varchar(100) not null,
    postcode    varchar(8)   not null,
    current     boolean      not null default true,
    created_at  timestamptz  not null default now()
);
create index address_person on person_address (person_id);

-- "related_person is <type> of subject_person", e.g. Jane is PARENT of Amy.
create table relationship (
    id                          uuid primary key,
    organisation_id             uuid        not null references organisation (id),
    subject_person_id           uuid        not null references person (id),
    related_person_id           uuid        not null references person (id),
    type                        varchar(30) not null,
    parental_responsibility     boolean     not null default false,
    parental_responsibility_basis varchar(50),
    created_by                  uuid        not null references user_account (id),
    created_at                  timestamptz not null default now(),
    check (subject_person_id <> related_person_id),
    check (parental_responsibility = (parental_responsibility_basis is not null)),
    unique (subject_person_id, related_person_id, type)
);
create index relationship_subject on relationship (subject_person_id);
create index relationship_related on relationship (related_person_id);
