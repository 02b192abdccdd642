package org.factcheck.article.analysis;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One article of the labelled set in src/test/resources/articles: the article as a CMS sends it, and every
 * sentence of its body marked check-worthy or not, with the speaker of its claim (null when the article itself
 * asserts it).
 */
public record LabelledArticle(String id, String title, String url, LocalDate publishedOn, String section,
        String origin, String body, List<Label> sentences) {

    /** A sentence and its labels. */
    public record Label(String text, int paragraph, boolean checkworthy, String speaker) {
    }

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    /** Every article in a classpath folder, in file-name order. */
    public static List<LabelledArticle> loadAll(String folder) {
        URL url = LabelledArticle.class.getClassLoader().getResource(folder);
        if (url == null) {
            throw new IllegalStateException("no labelled articles at " + folder);
        }
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
            List<LabelledArticle> out = new ArrayList<>();
            for (Path p : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(p)) {
                    out.add(JSON.readValue(in, LabelledArticle.class));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public ArticleInput input() {
        return new ArticleInput(title, body, publishedOn);
    }
}
