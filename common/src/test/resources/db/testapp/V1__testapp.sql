-- Tables of the small application that common's own tests run (not shipped).
create table testapp_effect (
    id         bigserial primary key,
    event_id   uuid         not null,
    aggregate  varchar(100) not null,
    version    bigint       not null
);
create table testapp_projection (
    aggregate  varchar(100) primary key,
    version    bigint       not null
);
