package org.factcheck.engine;

import java.time.LocalDate;

/** Shared fixtures: the in-memory gazetteer and evidence, loaded once, and an engine over them. */
final class TestData {

    private static InMemoryGazetteer gazetteer;
    private static InMemoryEvidenceFinder finder;
    private static Engine engine;

    private TestData() {
    }

    static synchronized InMemoryGazetteer gazetteer() {
        if (gazetteer == null) {
            gazetteer = new InMemoryGazetteer();
        }
        return gazetteer;
    }

    static synchronized InMemoryEvidenceFinder finder() {
        if (finder == null) {
            finder = new InMemoryEvidenceFinder(gazetteer());
        }
        return finder;
    }

    static synchronized Engine engine() {
        if (engine == null) {
            engine = new Engine(gazetteer(), finder(), EngineSettings.defaults());
        }
        return engine;
    }

    static ClaimContext london(String statedOn) {
        return new ClaimContext("test", LocalDate.parse(statedOn), "London", null);
    }
}
