-- GET /api/v1/claims?rating= and ?status= (the newsroom's "what is still unreviewed", "everything rated FALSE")
-- filtered on coalesce(verdict, newest assessment) through two joins, which no index can serve: with 100,000 claims
-- the count alone took 40-80 ms per request. The effective rating and review status now live on the claim row,
-- kept by the triggers below whichever path writes the assessment or the verdict, and each has a btree that serves
-- both the listing (newest first) and its count.
alter table claim
    -- the verdict's rating when there is a verdict, else the newest assessment's (null before the first assessment)
    add column rating        text,
    -- the verdict's status, or UNREVIEWED without a verdict
    add column review_status text not null default 'UNREVIEWED';

update claim c
set rating        = coalesce(v.rating, a.rating),
    review_status = coalesce(v.status, 'UNREVIEWED')
from claim k
left join assessment a on a.id = k.latest_assessment_id
left join verdict v on v.claim_id = k.id
where k.id = c.id;

create index claim_rating_idx on claim (rating, id);
create index claim_review_status_idx on claim (review_status, id);

-- a new newest assessment: its rating, unless a verdict overrides it
create function claim_rating_on_assessment() returns trigger language plpgsql as
$$
begin
    new.rating := coalesce((select v.rating from verdict v where v.claim_id = new.id),
                           (select a.rating from assessment a where a.id = new.latest_assessment_id));
    return new;
end
$$;
create trigger claim_rating_on_assessment before insert or update of latest_assessment_id on claim
    for each row execute function claim_rating_on_assessment();

-- a verdict written, changed or removed: the claim takes its rating and status (or falls back to the assessment)
create function claim_rating_on_verdict() returns trigger language plpgsql as
$$
begin
    if tg_op = 'DELETE' then
        update claim c
        set rating        = (select a.rating from assessment a where a.id = c.latest_assessment_id),
            review_status = 'UNREVIEWED'
        where c.id = old.claim_id;
        return old;
    end if;
    update claim set rating = new.rating, review_status = new.status
    where id = new.claim_id and (rating is distinct from new.rating or review_status <> new.status);
    return new;
end
$$;
create trigger claim_rating_on_verdict after insert or update of rating, status or delete on verdict
    for each row execute function claim_rating_on_verdict();
