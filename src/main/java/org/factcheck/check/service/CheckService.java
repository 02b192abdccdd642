package org.factcheck.check.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicReference;
import org.factcheck.check.rest.CheckRequest;
import org.factcheck.common.FactcheckConfig;
import org.factcheck.common.TakesTurn;
import org.factcheck.engine.CheckResult;
import org.factcheck.engine.ClaimContext;
import org.factcheck.engine.Engine;
import org.factcheck.engine.EngineSettings;
import org.factcheck.evidence.repository.PostgresEvidenceFinder;
import org.factcheck.place.service.GazetteerCache;

/**
 * Runs the engine over the stored evidence. The engine reads the gazetteer when it is built, so it is rebuilt
 * whenever the gazetteer changes. Read-only: nothing is stored.
 */
@ApplicationScoped
public class CheckService {

    private record Built(String gazetteerVersion, Engine engine) {
    }

    @Inject
    GazetteerCache gazetteer;

    @Inject
    PostgresEvidenceFinder finder;

    @Inject
    FactcheckConfig config;

    private final AtomicReference<Built> engine = new AtomicReference<>();

    @TakesTurn
    public CheckResult check(CheckRequest request) {
        CheckRequest.Context c = request.context();
        ClaimContext context = c == null ? ClaimContext.empty()
                : new ClaimContext(c.speaker(), c.statedOn(), c.place(), c.url());
        return engine().check(request.text(), context);
    }

    private Engine engine() {
        String version = gazetteer.version();
        Built built = engine.get();
        if (built == null || !built.gazetteerVersion().equals(version)) {
            built = new Built(version, new Engine(gazetteer, finder, settings()));
            engine.set(built);
        }
        return built.engine();
    }

    private EngineSettings settings() {
        FactcheckConfig.Engine e = config.engine();
        return new EngineSettings(e.mostlyTrueBand(), e.mostlyFalseBand(), e.aboutWidth(), e.almostWidth(),
                e.roundingShare(), e.wordFractionPrecision(), e.rankNearMiss(), e.peerCoverage(), e.candidateLimit(),
                e.minMetricScore(), e.maxPeriodGapDays());
    }
}
