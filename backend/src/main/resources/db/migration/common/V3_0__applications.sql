-- Applications for disclosure (依申请公开): the application with its derived deadline, its event log, appeals,
-- and the per-year counter behind tracking numbers (YSQ-2026-000123).

create sequence disclosure_application_seq start with 1 increment by 50;
create table disclosure_application (
    id                      bigint       not null primary key,
    version                 bigint       not null,
    created_at              timestamp(6) with time zone not null,
    updated_at              timestamp(6) with time zone not null,
    tracking_number         varchar(20)  not null,
    query_code_hash         varchar(120) not null,
    agency_id               bigint       not null references agency (id),
    status                  varchar(30)  not null,
    regime                  varchar(10)  not null,
    channel                 varchar(20)  not null,
    submitted_at            timestamp(6) with time zone,
    submitted_on            date,
    received_on             date         not null,
    received_note           varchar(300),
    registered_by           varchar(50),
    imported                boolean      not null,
    source_reference        varchar(60),
    -- applicant (personal data: masked in every list and view, revealed only through an audited action)
    applicant_type          varchar(20)  not null,
    applicant_name          varchar(100) not null,
    id_type                 varchar(30),
    id_number               varchar(40),
    credit_code             varchar(18),
    applicant_key           varchar(64),
    contact_person          varchar(50),
    phone                   varchar(30),
    email                   varchar(100),
    postal_address          varchar(300),
    postal_code             varchar(6),
    -- the request
    description             varchar      not null,
    document_numbers        varchar(500),
    provision_form          varchar(20)  not null,
    obtain_method           varchar(20)  not null,
    -- the clock, derived from the events and stored for the queue's filters
    clock_state             varchar(30)  not null,
    due_date                date,
    due_unknown_year        integer,
    overdue                 boolean      not null,
    -- conclusion
    outcome                 varchar(40),
    legacy_outcome          varchar(40),
    concluded_on            date,
    answered_late           boolean      not null,
    decision_reason         varchar,
    legal_basis             varchar(500),
    withheld_parts          varchar,
    referral_agency         varchar(200),
    delivered_on            date,
    delivery_method         varchar(20),
    delivery_note           varchar(300),
    closed_on               date,
    archive_reference       varchar(100),
    -- information-processing fee (国办函〔2020〕109号)
    fee_method              varchar(20),
    fee_units               integer,
    fee_amount              numeric(12,2),
    fee_notice_on           date,
    fee_pay_by              date,
    fee_paid_on             date,
    fee_receipt_number      varchar(60),
    fee_waived_on           date,
    fee_waived_amount       numeric(12,2),
    fee_waiver_reason       varchar(300),
    -- 2007-era cost fees as entered (检索费、复制费、邮寄费 and waivers)
    legacy_fee_on           date,
    legacy_retrieval_fee    numeric(12,2),
    legacy_copy_fee         numeric(12,2),
    legacy_postage_fee      numeric(12,2),
    legacy_fee_waived       numeric(12,2),
    legacy_waiver_reason    varchar(300),
    constraint uk_disclosure_application_tracking unique (tracking_number)
);
-- The queue: by agency and status, ordered by due date; statistics: received and concluded per agency and date.
create index ix_application_queue on disclosure_application (agency_id, status, due_date, id);
create index ix_application_status_due on disclosure_application (status, due_date, id);
create index ix_application_received on disclosure_application (agency_id, received_on);
create index ix_application_concluded on disclosure_application (agency_id, concluded_on);
create index ix_application_applicant on disclosure_application (applicant_key, received_on);

create sequence application_event_seq start with 1 increment by 50;
create table application_event (
    id                bigint       not null primary key,
    application_id    bigint       not null references disclosure_application (id),
    type              varchar(40)  not null,
    occurred_on       date         not null,
    recorded_at       timestamp(6) with time zone not null,
    actor             varchar(50)  not null,
    actor_account_id  bigint,
    from_status       varchar(30),
    to_status         varchar(30),
    until_date        date,
    working_days      integer,
    party_kind        varchar(20),
    party             varchar(200),
    details           varchar
);
create index ix_application_event_app on application_event (application_id, id);

create sequence application_appeal_seq start with 1 increment by 50;
create table application_appeal (
    id                  bigint       not null primary key,
    version             bigint       not null,
    created_at          timestamp(6) with time zone not null,
    updated_at          timestamp(6) with time zone not null,
    application_id      bigint       not null references disclosure_application (id),
    agency_id           bigint       not null references agency (id),
    kind                varchar(40)  not null,
    filed_on            date         not null,
    body                varchar(200) not null,
    case_number         varchar(100),
    result              varchar(20),
    closed_on           date,
    note                varchar(1000),
    preceding_appeal_id bigint references application_appeal (id)
);
create index ix_application_appeal_app on application_appeal (application_id, id);
create index ix_application_appeal_stats on application_appeal (agency_id, filed_on);

create table application_counter (
    year        integer not null primary key,
    last_value  bigint  not null
);
