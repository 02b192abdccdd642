package org.factcheck.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** All of factcheck's own settings ({@code factcheck.*} in application.properties, FACTCHECK_* in the environment). */
@ConfigMapping(prefix = "factcheck")
public interface FactcheckConfig {

    DemoData demoData();

    EmbeddedPostgres embeddedPostgres();

    Http http();

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

    interface Http {
        /** Largest JSON request body accepted, in bytes (the import endpoint has its own, larger limit). */
        @WithDefault("1048576")
        long maxJsonBody();
    }
}
