-- Other disclosure work: press conferences and release events, trainings, monthly visits to the website's
-- disclosure column, versioned disclosure guides and catalogues, internal rules.

create sequence press_conference_seq start with 1 increment by 50;
create table press_conference (
    id          bigint       not null primary key,
    version     bigint       not null,
    created_at  timestamp(6) with time zone not null,
    updated_at  timestamp(6) with time zone not null,
    agency_id   bigint       not null references agency (id),
    held_on     date         not null,
    title       varchar(200) not null,
    topics      varchar(2000),
    channel     varchar(30)  not null,
    note        varchar(1000)
);
create index ix_press_conference_agency_date on press_conference (agency_id, held_on, id);
create index ix_press_conference_date on press_conference (held_on, id);

create sequence training_seq start with 1 increment by 50;
create table training (
    id            bigint       not null primary key,
    version       bigint       not null,
    created_at    timestamp(6) with time zone not null,
    updated_at    timestamp(6) with time zone not null,
    agency_id     bigint       not null references agency (id),
    held_on       date         not null,
    topic         varchar(200) not null,
    sessions      integer      not null,
    participants  integer      not null,
    note          varchar(1000),
    constraint ck_training_sessions check (sessions >= 1),
    constraint ck_training_participants check (participants >= 0)
);
create index ix_training_agency_date on training (agency_id, held_on, id);
create index ix_training_date on training (held_on, id);

create sequence website_statistic_seq start with 1 increment by 50;
create table website_statistic (
    id          bigint       not null primary key,
    version     bigint       not null,
    created_at  timestamp(6) with time zone not null,
    updated_at  timestamp(6) with time zone not null,
    agency_id   bigint       not null references agency (id),
    year        integer      not null,
    month       integer      not null,
    visits      bigint       not null,
    note        varchar(500),
    constraint uk_website_statistic unique (agency_id, year, month),
    constraint ck_website_statistic_month check (month between 1 and 12),
    constraint ck_website_statistic_visits check (visits >= 0)
);
create index ix_website_statistic_year on website_statistic (year, month);

-- The disclosure guide (公开指南) and catalogue (公开目录): one row per published version.
create sequence disclosure_document_seq start with 1 increment by 50;
create table disclosure_document (
    id              bigint       not null primary key,
    version         bigint       not null,
    created_at      timestamp(6) with time zone not null,
    updated_at      timestamp(6) with time zone not null,
    agency_id       bigint       not null references agency (id),
    kind            varchar(20)  not null,
    version_label   varchar(50)  not null,
    title           varchar(200) not null,
    effective_date  date         not null,
    body            varchar      not null,
    change_summary  varchar(1000),
    constraint uk_disclosure_document_label unique (agency_id, kind, version_label)
);
create index ix_disclosure_document_current on disclosure_document (agency_id, kind, effective_date, id);
create index ix_disclosure_document_date on disclosure_document (kind, effective_date, id);

create sequence internal_rule_seq start with 1 increment by 50;
create table internal_rule (
    id               bigint       not null primary key,
    version          bigint       not null,
    created_at       timestamp(6) with time zone not null,
    updated_at       timestamp(6) with time zone not null,
    agency_id        bigint       not null references agency (id),
    adopted_on       date         not null,
    title            varchar(200) not null,
    document_number  varchar(100),
    summary          varchar(4000),
    constraint uk_internal_rule_title unique (agency_id, title, adopted_on)
);
create index ix_internal_rule_agency_date on internal_rule (agency_id, adopted_on, id);
create index ix_internal_rule_date on internal_rule (adopted_on, id);
