package org.factcheck.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.LocalDate;

/**
 * JSON reading beyond what {@code quarkus.jackson.*} can set:
 * <ul>
 * <li>a body is one JSON value, so anything after it ({@code {...} x}, {@code {}{}}) is refused instead of silently
 * ignored; this also makes the body limit see every byte of a chunked body;</li>
 * <li>a text is a JSON string: a number or {@code true} where a text belongs is refused, as the OpenAPI document
 * says, rather than read as its digits;</li>
 * <li>texts may not hold control characters other than tab, line feed, carriage return and form feed: PostgreSQL
 * cannot store U+0000, and Java's {@code trim()} would strip the others where the database's {@code btrim} does not
 * (a name of one U+0001 passed {@code @NotBlank} and then broke a check constraint at commit: a 500);</li>
 * <li>dates are within the years 1 to 9999 ({@link DateParams}): Java reads "+1000000-01-01", PostgreSQL cannot
 * store it (a 500).</li>
 * </ul>
 */
@Singleton
public class JsonSettings implements ObjectMapperCustomizer {

    /** Last, so that these deserializers win over the JavaTimeModule's that Quarkus registers. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.registerModule(new SimpleModule("factcheck-texts").addDeserializer(String.class, new Text())
                .addDeserializer(LocalDate.class, new Date()));
    }

    /** The first control character a text may not hold, or -1. */
    public static int forbiddenControl(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                return i;
            }
        }
        return -1;
    }

    /** Jackson's own ISO date reading, then the year range. */
    static final class Date extends StdScalarDeserializer<LocalDate> {

        Date() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                // [2018, 4, 16] or a number: Java's time module reads them, the document allows only "2018-04-16"
                return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
            }
            LocalDate date = LocalDateDeserializer.INSTANCE.deserialize(p, ctxt);
            if (date != null && !DateParams.inRange(date.getYear())) {
                throw InvalidFormatException.from(p, "must be a date from 0001-01-01 to 9999-12-31", p.getText(),
                        LocalDate.class);
            }
            return date;
        }
    }

    /** Jackson's own text reading, then the control-character rule. */
    static final class Text extends StdScalarDeserializer<String> {

        Text() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != null && p.currentToken().isScalarValue() && !p.hasToken(JsonToken.VALUE_STRING)
                    && !p.hasToken(JsonToken.VALUE_EMBEDDED_OBJECT)) {
                // a number or true/false where the document says string: Jackson would read it as its text
                return (String) ctxt.handleUnexpectedToken(String.class, p);
            }
            String s = StringDeserializer.instance.deserialize(p, ctxt);
            int at = s == null ? -1 : forbiddenControl(s);
            if (at >= 0) {
                throw InvalidFormatException.from(p, String.format("must not contain control characters (U+%04X at "
                        + "position %d)", (int) s.charAt(at), at), s, String.class);
            }
            return s;
        }
    }
}
