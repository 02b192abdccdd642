package org.factcheck.article.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlStripperTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            <p>London has lost over &pound;700 million.</p>          | London has lost over £700 million.
            <p>&ldquo;It is a disgrace,&rdquo; he said.</p>          | “It is a disgrace,” he said.
            Tom &amp; Jerry<br>went home                             | Tom & Jerry\\nwent home
            <p>One</p><p>Two</p>                                     | One\\n\\nTwo
            <p>Cost: &#163;5 &#x2013; cheap</p>                      | Cost: £5 – cheap
            <p>Before<script>alert('<p>x</p>')</script>after</p>     | Beforeafter
            <p>A<style>p { color: red }</style>B<!-- note -->C</p>   | ABC
            <p><a href="x" title="a > b">link</a> text</p>           | link text
            <div>3 < 5 and &unknown; stays</div>                     | 3 < 5 and &unknown; stays
            <p>Unclosed <b                                          | Unclosed
            """)
    void stripsMarkupAndDecodesEntities(String html, String expected) {
        String want = expected.replace("\\n", "\n");
        assertEquals(want, HtmlStripper.toPlainText(html).text().strip());
    }

    @Test
    void leavesPlainTextAlone() {
        String body = "Barnet is home to a large Jewish community.\n\nHe said: “No.” 3 < 5 & more.";
        PlainText p = HtmlStripper.toPlainText(body);
        assertFalse(p.html());
        assertEquals(body, p.text());
        assertEquals(10, p.bodyStart(10));
    }

    @Test
    void mapsPlainOffsetsBackToTheBodyAsSent() {
        String body = "<p>It cost &pound;700m, <em>the mayor</em> said.</p>";
        PlainText p = HtmlStripper.toPlainText(body);
        assertTrue(p.html());
        int pound = p.text().indexOf('£');
        assertEquals("&pound;", body.substring(p.bodyStart(pound), p.bodyEnd(pound + 1)));
        int mayor = p.text().indexOf("the mayor");
        assertEquals("the mayor</em> said", body.substring(p.bodyStart(mayor), p.bodyEnd(mayor + "the mayor said".length())));
    }
}
