-- One row per API key and minute, shared by every gateway replica. Old windows are
-- purged by the gateway (RateWindowPurge); nothing else reads them.
create table api_rate_window (
    api_key_id   uuid        not null,
    window_start timestamptz not null,
    requests     integer     not null,
    primary key (api_key_id, window_start)
);
