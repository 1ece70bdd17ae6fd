-- ShedLock's locks: scheduled work that must run once across nodes (the daily forum digest) holds its row here
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
