-- Name search finds a word anywhere in a current or other name (like '%word%'), which no b-tree index serves: at county
-- scale (500,000 people) each search read every person of the organisation. Trigram indexes (pg_trgm) serve it; the
-- search is written as a union of one match per column so that each branch can use its index (docs/performance.md).
--
-- pg_trgm ships with PostgreSQL and is a trusted extension (PostgreSQL 13 and later): the owner of the database, or a
-- role with CREATE on it, may create it without being a superuser, as the embedded database and CI's PostgreSQL 15 do.
-- Where the service's role may not, the search still works, without these indexes: a notice says so, and a database
-- administrator can run `create extension pg_trgm` and then this file's index statements by hand.
do $$
begin
    create extension if not exists pg_trgm;
exception when insufficient_privilege then
    raise notice 'pg_trgm could not be created by this role: name search runs without trigram indexes (docs/performance.md)';
end $$;

do $$
begin
    if exists (select 1 from pg_extension where extname = 'pg_trgm') then
        create index person_given_name_trgm on person using gin (lower(given_name) gin_trgm_ops);
        create index person_family_name_trgm on person using gin (lower(family_name) gin_trgm_ops);
        create index other_name_given_name_trgm on person_other_name using gin (lower(given_name) gin_trgm_ops);
        create index other_name_family_name_trgm on person_other_name using gin (lower(family_name) gin_trgm_ops);
    end if;
end $$;
