package org.factcheck.demo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.factcheck.common.FactcheckConfig;
import org.factcheck.evidence.importer.CsvRecordReader;
import org.factcheck.evidence.importer.ImportFormat;
import org.factcheck.evidence.importer.ImportMode;
import org.factcheck.evidence.importer.ImportReport;
import org.factcheck.evidence.importer.ImportService;
import org.factcheck.place.service.GazetteerCache;
import org.jboss.logging.Logger;

/**
 * Loads the bundled evidence pack (real official statistics, see demo-data/README.md) into an empty database at
 * start, so that Swagger UI is useful at once. Off with {@code factcheck.demo-data.load=false}.
 */
@ApplicationScoped
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);
    static final List<String> PLACE_FILES = List.of("places.csv", "places-extra.csv");
    static final List<String> EVIDENCE_FILES = List.of("london-borough-profiles.csv", "housing-in-london.csv",
            "police-workforce.csv", "census-2011-religion.csv", "police-funding.csv", "housing-supply.csv");

    @Inject
    FactcheckConfig config;

    @Inject
    EntityManager em;

    @Inject
    ImportService importer;

    @Inject
    GazetteerCache gazetteer;

    void onStart(@Observes StartupEvent event) {
        if (config.demoData().load()) {
            loadIfEmpty();
        }
    }

    /**
     * Loads places and evidence, in one transaction, when the database holds neither; returns the number of evidence
     * rows loaded.
     */
    public long loadIfEmpty() {
        return QuarkusTransaction.requiringNew().timeout(600).call(this::loadInTransaction);
    }

    private long loadInTransaction() {
        long existing = ((Number) em.createNativeQuery("select (select count(*) from evidence) + (select count(*) from place)")
                .getSingleResult()).longValue();
        if (existing > 0) {
            return 0;
        }
        long started = System.nanoTime();
        int places = 0;
        for (String file : PLACE_FILES) {
            places += loadPlaces(file);
        }
        gazetteer.invalidate();
        long rows = 0;
        for (String file : EVIDENCE_FILES) {
            try (InputStream in = resource(file)) {
                ImportReport report = importer.importInCurrentTransaction(in, ImportFormat.CSV, ImportMode.FAIL);
                rows += report.imported();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        LOG.infof("Loaded the demo evidence pack: %d places, %d evidence records in %d ms", places, rows,
                (System.nanoTime() - started) / 1_000_000);
        return rows;
    }

    private int loadPlaces(String file) {
        List<List<String>> rows = new ArrayList<>();
        try (InputStream in = resource(file)) {
            CsvRecordReader reader = new CsvRecordReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.next(); // header: name,code,kind,parent
            for (CsvRecordReader.CsvRecord r = reader.next(); r != null; r = reader.next()) {
                rows.add(r.fields());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (List<String> r : rows) {
            em.createNativeQuery("insert into place (name, code, kind) values (:name, :code, :kind)")
                    .setParameter("name", r.get(0)).setParameter("code", r.get(1).isBlank() ? null : r.get(1))
                    .setParameter("kind", r.get(2)).executeUpdate();
        }
        for (List<String> r : rows) {
            if (!r.get(3).isBlank()) {
                em.createNativeQuery("update place set parent_id = (select id from place where name = :parent) "
                        + "where name = :name").setParameter("parent", r.get(3)).setParameter("name", r.get(0))
                        .executeUpdate();
            }
        }
        return rows.size();
    }

    private static InputStream resource(String file) {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream("demo-data/" + file);
        if (in == null) {
            throw new IllegalStateException("demo-data/" + file + " is missing from the build");
        }
        return in;
    }
}
