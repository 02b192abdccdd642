package org.factcheck.common;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Query parameters of type {@link LocalDate} and {@link OffsetDateTime}, read as ISO 8601 and limited to the years 1
 * to 9999: Java reads "+1000000-01-01", PostgreSQL cannot compare with it (a 500). A value out of range is a 400
 * naming the parameter, like any other that cannot be read.
 */
@Provider
public class DateParams implements ParamConverterProvider {

    public static boolean inRange(int year) {
        return year >= 1 && year <= 9999;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) new Converter<>(LocalDate::parse, LocalDate::getYear);
        }
        if (rawType == OffsetDateTime.class) {
            return (ParamConverter<T>) new Converter<>(OffsetDateTime::parse, OffsetDateTime::getYear);
        }
        return null;
    }

    private record Converter<T>(Function<String, T> parse, ToIntFunction<T> year) implements ParamConverter<T> {

        @Override
        public T fromString(String value) {
            if (value == null || value.isEmpty()) {
                return null;
            }
            T parsed = parse.apply(value);
            if (!inRange(year.applyAsInt(parsed))) {
                throw new DateTimeParseException("Text '" + value + "' is outside the years 1 to 9999", value, 0);
            }
            return parsed;
        }

        @Override
        public String toString(T value) {
            return value == null ? null : value.toString();
        }
    }
}
