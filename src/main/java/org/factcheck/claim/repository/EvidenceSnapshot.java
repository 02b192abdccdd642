package org.factcheck.claim.repository;

/**
 * The cited evidence as it is now, as a jsonb array of {id, value, unit, periodStart, periodEnd} for the bigint[]
 * parameter; kept beside assessments and verdicts and compared by {@link ClaimRepository#STALE}.
 */
public final class EvidenceSnapshot {

    public static final String SQL = """
            select coalesce(jsonb_agg(jsonb_build_object('id', e.id, 'value', e.value, 'unit', e.unit,
                       'periodStart', e.period_start, 'periodEnd', e.period_end) order by e.id), '[]'::jsonb)
            from evidence e where e.id = any(?)""";

    private EvidenceSnapshot() {
    }
}
