package org.scrutineer.web;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.scrutineer.publishing.Sha256;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * How every resource of the open data API answers: a page of rows as JSON ({@code items} with the
 * page's place in the whole) or as CSV (one row each, formulas neutralised), chosen by the
 * {@code Accept} header or {@code ?format=csv}; an {@code ETag} of the answer's bytes and a
 * {@code Last-Modified} on every answer, and 304 to a request that already holds it.
 */
@Component
public class OpenData {

    public static final int DEFAULT_PAGE_SIZE = 100;
    public static final int MOST_PAGE_SIZE = 500;
    public static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    /** What every resource takes: the page (from 0), its size (up to {@value #MOST_PAGE_SIZE}) and {@code csv} for CSV. */
    public record Query(Integer page, Integer size, String format) {
    }

    /** A page of a resource as JSON. */
    public record Page<T>(List<T> items, int page, int size, long total, int pages) {
    }

    private final ObjectMapper json;
    private final Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    OpenData(ObjectMapper json) {
        this.json = json;
    }

    /**
     * The page of {@code rows} asked for, each row a record whose components are the columns;
     * {@code changed} says when a row last changed, for {@code Last-Modified} (the time the
     * application started when no row says).
     */
    public <T extends Record> ResponseEntity<byte[]> answer(WebRequest request, String name, Class<T> type, List<T> rows,
                                                            Function<T, Instant> changed, Query query) {
        int perPage = query.size() == null ? DEFAULT_PAGE_SIZE : query.size();
        int number = query.page() == null ? 0 : query.page();
        String format = query.format();
        if (perPage < 1 || perPage > MOST_PAGE_SIZE) {
            throw Refusal.invalid("size", "Ask for between 1 and " + MOST_PAGE_SIZE + " rows a page");
        }
        if (number < 0) {
            throw Refusal.invalid("page", "Pages are numbered from 0");
        }
        List<T> items = rows.stream().skip((long) number * perPage).limit(perPage).toList();
        boolean csv = "csv".equalsIgnoreCase(format) || (format == null && accepts(request, "text/csv"));
        byte[] body = csv ? csv(type, items).getBytes(StandardCharsets.UTF_8) : json(new Page<>(items, number, perPage, rows.size(),
                (int) Math.ceil(rows.size() / (double) perPage)));
        Instant modified = rows.stream().map(changed).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(started)
                .truncatedTo(ChronoUnit.SECONDS);
        String etag = "\"" + Sha256.hex(body) + "\"";
        HttpHeaders headers = new HttpHeaders();
        headers.setETag(etag);
        headers.setLastModified(modified);
        headers.setCacheControl(CacheControl.noCache().cachePublic());
        if (request.checkNotModified(etag, modified.toEpochMilli())) {
            return new ResponseEntity<>(headers, HttpStatus.NOT_MODIFIED);
        }
        headers.setContentType(csv ? CSV : MediaType.APPLICATION_JSON);
        if (csv) {
            headers.setContentDisposition(org.springframework.http.ContentDisposition.inline().filename(name + ".csv").build());
        }
        return new ResponseEntity<>(body, headers, HttpStatus.OK);
    }

    private static boolean accepts(WebRequest request, String type) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.toLowerCase(java.util.Locale.ROOT).contains(type) && !accept.toLowerCase(java.util.Locale.ROOT).startsWith("application/json");
    }

    private byte[] json(Object page) {
        try {
            return json.writeValueAsBytes(page);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T extends Record> String csv(Class<T> type, List<T> items) {
        RecordComponent[] columns = type.getRecordComponents();
        List<String> header = Arrays.stream(columns).map(RecordComponent::getName).toList();
        List<List<?>> lines = items.stream().<List<?>>map(item -> Arrays.stream(columns).map(c -> value(c, item)).toList()).toList();
        return SpreadsheetCsv.write(header, lines);
    }

    private static Object value(RecordComponent column, Object item) {
        try {
            java.lang.reflect.Method accessor = column.getAccessor();
            accessor.setAccessible(true);
            Object value = accessor.invoke(item);
            return value instanceof List<?> list ? String.join("; ", list.stream().map(String::valueOf).toList())
                    : value instanceof Map<?, ?> ? value.toString() : value;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
