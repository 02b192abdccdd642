-- Gives the SYNTHETIC claims that src/bench/claims/MatchBench.java stored (created_by 'synthetic-bench', tag
-- 'synthetic') what stored claims have in production: an initial assessment each, the history entries of creation and
-- assessment, and for 30 % of them an editorial verdict (about 17 % PUBLISHED, 13 % DRAFT: NOT_ENOUGH_EVIDENCE is never
-- published) with its history entry.
-- Every text written here says SYNTHETIC; nothing is a real assessment of a real claim. psql -v ON_ERROR_STOP=1 -f.
begin;

create temporary table synthetic_claim on commit drop as
select id, (array['TRUE', 'MOSTLY_TRUE', 'MISLEADING', 'MOSTLY_FALSE', 'FALSE', 'NOT_ENOUGH_EVIDENCE'])[1 + id % 6] as rating,
       created_at
from claim
where created_by = 'synthetic-bench' and latest_assessment_id is null;

insert into assessment (claim_id, kind, rating, confidence, result, evidence, assessed_by, assessed_at)
select id, 'INITIAL', rating, 0.8,
       jsonb_build_object('rating', rating, 'confidence', 0.8, 'checkable', rating <> 'NOT_ENOUGH_EVIDENCE',
                          'explanation', 'SYNTHETIC benchmark assessment - not a real check', 'parts', '[]'::jsonb,
                          'combinationRule', 'single part'),
       '[]', 'synthetic-bench', created_at
from synthetic_claim;

update claim c set latest_assessment_id = a.id
from assessment a
where a.claim_id = c.id and a.assessed_by = 'synthetic-bench' and c.latest_assessment_id is null;

insert into claim_history (claim_id, event, actor, at, after)
select id, 'CLAIM_CREATED', 'synthetic-bench', created_at, jsonb_build_object('text', 'SYNTHETIC') from synthetic_claim
union all
select id, 'ASSESSED', 'synthetic-bench', created_at, jsonb_build_object('rating', rating) from synthetic_claim;

insert into verdict (claim_id, rating, summary, explanation, status, version, updated_by, updated_at,
                     first_published_at, published_at)
select id, rating, 'SYNTHETIC benchmark verdict: ' || rating, 'SYNTHETIC benchmark data - not a real verdict',
       case when published then 'PUBLISHED' else 'DRAFT' end, 1, 'synthetic-bench', created_at,
       case when published then created_at end, case when published then created_at end
from (select *, id % 10 < 2 and rating <> 'NOT_ENOUGH_EVIDENCE' as published from synthetic_claim) c
where id % 10 < 3;

insert into claim_history (claim_id, event, actor, at, after)
select claim_id, 'VERDICT_CHANGED', 'synthetic-bench', updated_at, jsonb_build_object('rating', rating, 'status', status)
from verdict
where updated_by = 'synthetic-bench';

commit;
