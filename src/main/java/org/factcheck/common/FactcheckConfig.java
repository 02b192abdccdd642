package org.factcheck.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** All of factcheck's own settings ({@code factcheck.*} in application.properties, FACTCHECK_* in the environment). */
@ConfigMapping(prefix = "factcheck")
public interface FactcheckConfig {

    DemoData demoData();

    EmbeddedPostgres embeddedPostgres();

    Http http();

    Engine engine();

    Work work();

    ClaimReview claimReview();

    Auth auth();

    RateLimit rateLimit();

    /**
     * Requests per API key (see README "Rate limits"): a token bucket of {@link #burst()} requests refilled at
     * {@link #requestsPerSecond()}; over it, 429. Requests without a key (public reads) are not counted.
     */
    interface RateLimit {
        /** Limit requests at all. */
        @WithDefault("true")
        boolean enabled();

        /** Sustained requests per second per key. */
        @WithDefault("50")
        double requestsPerSecond();

        /** Requests a key may send at once before the rate applies (the bucket's size). */
        @WithDefault("500")
        long burst();

        /** Keys tracked at once; past it, idle buckets are dropped (bounds memory). */
        @WithDefault("10000")
        int maxKeys();

        /** Other limits for the keys of one owner ({@code factcheck.rate-limit.owners."cms".burst=2000}). */
        Map<String, Limit> owners();

        /** A bucket's rate and size. */
        interface Limit {
            double requestsPerSecond();

            long burst();
        }
    }

    /** The publisher named in schema.org ClaimReview documents. */
    interface ClaimReview {
        /** The fact-checking organisation. */
        @WithDefault("factcheck")
        String organisationName();

        /** Its home page. */
        @WithDefault("https://factcheck.dev")
        String organisationUrl();

        /** Where a published verdict is read; {id} is the claim id. */
        @WithDefault("https://factcheck.dev/claims/{id}")
        String reviewUrl();
    }

    /** API keys (see README "API keys and roles"). */
    interface Auth {
        /** Require keys at all; false only for local experiments. */
        @WithDefault("true")
        boolean enabled();

        /**
         * Which GET operations answer without a key: NONE; CLAIMREVIEW (the published ClaimReview documents, for
         * embedding; the default); ALL (every GET). /q/ (health, metrics, OpenAPI, Swagger UI) is always open.
         */
        @WithDefault("claimreview")
        PublicReads publicReads();

        /** A key given the admin role at start when it is not stored yet (FACTCHECK_BOOTSTRAP_ADMIN_KEY). */
        Optional<String> bootstrapAdminKey();

        /**
         * How long a key found valid is trusted without asking the database again (0 asks on every request). A key
         * revoked on this instance stops working at once; on other instances within this time.
         */
        @WithDefault("10S")
        Duration keyCacheTtl();

        /** Values of {@link #publicReads()}. */
        enum PublicReads {
            NONE, CLAIMREVIEW, ALL
        }
    }

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

    interface Work {
        /**
         * Requests doing heavy work (checks, searches, listings, matching, claim and verdict writes) at once (0: twice
         * the processors); the rest wait their turn, first come first served. On a saturated machine a few at a time
         * finish sooner than all of them sharing the processors.
         */
        @WithDefault("0")
        int maxConcurrent();

        /** The longest a request waits for its turn; then 503 with Retry-After. */
        @WithDefault("5S")
        Duration queueTimeout();
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
