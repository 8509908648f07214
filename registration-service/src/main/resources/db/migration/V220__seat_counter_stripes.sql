-- Every seat counter (congress total, category quota, workshop, meal) becomes 32 rows, its stripes, whose
-- capacities add up to the counter's capacity. A registration takes a seat from any stripe with room, still by a
-- conditional UPDATE ... WHERE taken < capacity, so no stripe and no counter ever goes past its capacity; concurrent
-- registrations of one congress then update different rows instead of queueing on one (README, "How seats are
-- never overbooked"). A counter's state is the sum of its stripes.
alter table seat_counter add column stripe smallint not null default 0;
alter table seat_counter drop constraint seat_counter_pkey;
alter table seat_counter add constraint seat_counter_pkey primary key (counter_key, stripe);

-- part of n for stripe i of k: n split as evenly as possible, the first n % k stripes one more
create function seat_counter_part(n integer, k integer, i integer) returns integer
    language sql immutable as $$ select n / k + case when i < n % k then 1 else 0 end $$;

-- Sets a counter's capacity and spreads the seats it holds over its stripes. A counter with a capacity uses at most
-- one stripe per 4 seats (a workshop of 25 seats: 6 stripes, the others of capacity 0), so that a registration
-- finding the stripes with room all busy waits for few of them. With held <= capacity no stripe holds more than its
-- capacity (both are split the same way over the same stripes); held above capacity (a capacity lowered below the
-- seats taken) leaves the excess on stripe 0, so the counter shows overbooked as before. The caller holds the
-- congress's seat lock exclusively.
create function seat_counter_spread(counter varchar, new_capacity integer, held integer) returns void
    language plpgsql as $$
declare
    k integer;
begin
    select count(*) into k from seat_counter where counter_key = counter;
    if k = 0 then
        return;
    end if;
    if new_capacity is not null then
        k := greatest(1, least(k, new_capacity / 4));
    end if;
    update seat_counter
    set capacity = case when new_capacity is null then null
                        when stripe >= k then 0
                        else seat_counter_part(new_capacity, k, stripe) end,
        taken = case when stripe >= k then 0
                     when new_capacity is null or held <= new_capacity then seat_counter_part(held, k, stripe)
                     else seat_counter_part(new_capacity, k, stripe)
                          + case when stripe = 0 then held - new_capacity else 0 end end
    where counter_key = counter;
end $$;

-- Sets every counter of a congress to the seats its rows hold (an operator's repair, and the benchmark's seeding):
-- confirmed registrations and places offered and not yet accepted for the total and the categories, confirmed
-- items of registrations not cancelled for the workshops and meals (the second choice when that is what they hold).
create function seat_counter_recount(congress uuid) returns void
    language plpgsql as $$
begin
    perform seat_counter_spread(c.counter_key, c.capacity, coalesce(h.n, 0)::integer)
    from (select counter_key, sum(capacity)::integer as capacity from seat_counter
          where congress_id = congress group by counter_key) c
    left join (
        select k, count(*) as n from (
            select 'session:' || case when i.assigned_rank = 2 and i.second_choice_id is not null
                                      then i.second_choice_id else i.session_id end as k
            from registration_item i join registration r on r.id = i.registration_id
            where r.congress_id = congress and i.status = 'CONFIRMED' and r.status <> 'CANCELLED'
            union all
            select 'total:' || r.congress_id from registration r where r.congress_id = congress
                and (r.status = 'CONFIRMED' or (r.status = 'WAITLISTED' and r.offer_expires_at is not null))
            union all
            select 'category:' || r.congress_id || ':' || r.category from registration r
            where r.congress_id = congress
                and (r.status = 'CONFIRMED' or (r.status = 'WAITLISTED' and r.offer_expires_at is not null))) held
        group by k) h on h.k = c.counter_key;
end $$;

-- existing counters: stripe 0 holds everything; add stripes 1..31 (SeatCounters.STRIPES), then spread capacity and
-- seats over the 32
insert into seat_counter (counter_key, stripe, congress_id, kind, ref, capacity, taken)
select c.counter_key, s, c.congress_id, c.kind, c.ref, case when c.capacity is null then null else 0 end, 0
from seat_counter c cross join generate_series(1, 31) s
where c.stripe = 0;

select seat_counter_spread(c.counter_key, c.capacity, c.taken)
from (select counter_key, capacity, taken from seat_counter where stripe = 0) c;
