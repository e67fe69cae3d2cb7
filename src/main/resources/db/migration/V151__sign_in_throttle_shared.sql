-- Failed sign-ins per client address, shared by every instance: held in one instance's memory, the throttle let a
-- guesser spread attempts across instances and get each instance's allowance. Rows older than the window are deleted
-- as new ones arrive for the same address.
create table sign_in_address_failure (
    client_key text not null,
    failed_at timestamptz not null
);
create index sign_in_address_failure_key_time on sign_in_address_failure (client_key, failed_at);
