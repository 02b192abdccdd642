package org.factcheck.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** All of factcheck's own settings ({@code factcheck.*} in application.properties, FACTCHECK_* in the environment). */
@ConfigMapping(prefix = "factcheck")
public interface FactcheckConfig {

    DemoData demoData();

    EmbeddedPostgres embeddedPostgres();

    Http http();

    Engine engine();

    interface DemoData {
        /** Load the bundled demo evidence into an empty database at start. */
        @WithDefault("true")
        boolean load();
    }

    /** Read by {@link EmbeddedPostgresConfigSourceFactory} before the application starts; mapped here to document it. */
    interface EmbeddedPostgres {
        /** Start an embedded PostgreSQL when no quarkus.datasource.jdbc.url is set. */
        @WithDefault("true")
        boolean enabled();

        /** Where the embedded PostgreSQL keeps its data (the test profile always uses a throw-away directory). */
        @WithDefault(".factcheck/pgdata")
        String dataDir();
    }

    /** The rating tolerances (see README "How claims are rated"); defaults are the documented ones. */
    interface Engine {
        /** Relative distance up to which a miss is MOSTLY_TRUE. */
        @WithDefault("0.10")
        double mostlyTrueBand();

        /** Relative distance up to which a miss is MOSTLY_FALSE; beyond it, FALSE. */
        @WithDefault("0.25")
        double mostlyFalseBand();

        /** Relative half-width of "about", "around", "roughly". */
        @WithDefault("0.10")
        double aboutWidth();

        /** Relative width below the value of "almost", "nearly", "just under". */
        @WithDefault("0.10")
        double almostWidth();

        /** Cap on a claim's own rounding, as a share of its value. */
        @WithDefault("0.05")
        double roundingShare();

        /** Rounding allowed to fractions and multiples in words ("a third", "doubled"). */
        @WithDefault("0.02")
        double wordFractionPrecision();

        /** A rank this close to the claimed one is MOSTLY_FALSE rather than FALSE. */
        @WithDefault("3")
        int rankNearMiss();

        /** Share of a peer group that must have data before a rank is computed. */
        @WithDefault("0.80")
        double peerCoverage();

        /** Candidate evidence records read per query. */
        @WithDefault("40")
        int candidateLimit();

        /** Least metric-fit score (0..1) for a record to count as relevant evidence. */
        @WithDefault("0.34")
        double minMetricScore();

        /** Largest gap, in days, between a claimed date and the stored period used for it in a change. */
        @WithDefault("550")
        int maxPeriodGapDays();
    }

    interface Http {
        /** Largest JSON request body accepted, in bytes (the import endpoint has its own, larger limit). */
        @WithDefault("1048576")
        long maxJsonBody();
    }
}
