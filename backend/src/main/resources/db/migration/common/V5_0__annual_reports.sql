-- Annual reports (政府信息公开工作年度报告): the report of one agency and year with its life cycle
-- (DRAFT → LOCKED → PUBLISHED) and the snapshot of its figures taken at lock, the sections' generated and edited
-- text, the event log, and the report inputs staff enter per agency and year (figures the records cannot give,
-- narrative paragraphs). Locking also writes year_lock rows (V1_0).

create sequence annual_report_seq start with 1 increment by 50;
create table annual_report (
    id                    bigint       not null primary key,
    version               bigint       not null,
    created_at            timestamp(6) with time zone not null,
    updated_at            timestamp(6) with time zone not null,
    agency_id             bigint       not null references agency (id),
    year                  integer      not null,
    include_subagencies   boolean      not null,
    format                varchar(20)  not null,
    status                varchar(20)  not null,
    snapshot              varchar,
    snapshot_fingerprint  varchar(64),
    locked_at             timestamp(6) with time zone,
    locked_by             varchar(50),
    published_at          timestamp(6) with time zone,
    published_by          varchar(50),
    published_item_id     bigint,
    constraint uk_annual_report unique (agency_id, year)
);
create index ix_annual_report_year_status on annual_report (year, status);

create sequence report_section_seq start with 1 increment by 50;
create table report_section (
    id                     bigint       not null primary key,
    version                bigint       not null,
    created_at             timestamp(6) with time zone not null,
    updated_at             timestamp(6) with time zone not null,
    report_id              bigint       not null references annual_report (id),
    format                 varchar(20)  not null,
    section_key            varchar(30)  not null,
    generated_text         varchar      not null,
    generated_data         varchar      not null,
    generated_fingerprint  varchar(64)  not null,
    generated_at           timestamp(6) with time zone not null,
    edited_text            varchar,
    edit_base_data         varchar,
    edit_base_fingerprint  varchar(64),
    edited_at              timestamp(6) with time zone,
    edited_by              varchar(50),
    constraint uk_report_section unique (report_id, format, section_key)
);

create sequence report_event_seq start with 1 increment by 50;
create table report_event (
    id           bigint       not null primary key,
    report_id    bigint       not null references annual_report (id),
    occurred_at  timestamp(6) with time zone not null,
    actor        varchar(50)  not null,
    action       varchar(30)  not null,
    from_status  varchar(20),
    to_status    varchar(20),
    refused      boolean      not null,
    reason       varchar,
    details      varchar
);
create index ix_report_event_report on report_event (report_id, id);

create sequence report_input_set_seq start with 1 increment by 50;
create table report_input_set (
    id          bigint       not null primary key,
    version     bigint       not null,
    created_at  timestamp(6) with time zone not null,
    updated_at  timestamp(6) with time zone not null,
    agency_id   bigint       not null references agency (id),
    year        integer      not null,
    constraint uk_report_input_set unique (agency_id, year)
);

-- One entered figure; counts and 万元 amounts (four decimals) share the column. A changed value is a new row.
create sequence report_input_value_seq start with 1 increment by 50;
create table report_input_value (
    id          bigint         not null primary key,
    set_id      bigint         not null references report_input_set (id),
    input_key   varchar(40)    not null,
    amount      numeric(18, 4) not null,
    entered_by  varchar(50)    not null,
    entered_at  timestamp(6) with time zone not null,
    constraint uk_report_input_value unique (set_id, input_key)
);

create sequence report_narrative_seq start with 1 increment by 50;
create table report_narrative (
    id          bigint       not null primary key,
    set_id      bigint       not null references report_input_set (id),
    slot        varchar(40)  not null,
    text        varchar      not null,
    entered_by  varchar(50)  not null,
    entered_at  timestamp(6) with time zone not null,
    constraint uk_report_narrative unique (set_id, slot)
);
