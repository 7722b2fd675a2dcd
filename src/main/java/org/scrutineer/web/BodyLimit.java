package org.scrutineer.web;

import java.util.regex.Pattern;

import org.springframework.util.unit.DataSize;

/**
 * The most that requests to some doors may send, declared by the feature that owns them as a bean,
 * with what to tell the person who sent more. Every other request may send at most
 * {@code scrutineer.web.max-body-size}; {@link RequestBodyLimit} holds both.
 *
 * @param method  the HTTP method of the doors
 * @param paths   the doors' paths within the application, as a regular expression matched in full
 * @param refusal what is allowed, in plain English: "A question must be at most a few hundred words."
 * @param uploads whether the limit is for file uploads (multipart/form-data), which the servlet
 *                container parses as they arrive and holds to its own multipart limits
 */
public record BodyLimit(String method, Pattern paths, DataSize max, String refusal, boolean uploads) {

    public static BodyLimit of(String method, String paths, DataSize max, String refusal) {
        return new BodyLimit(method, Pattern.compile(paths), max, refusal, false);
    }

    /** A limit for file uploads; any other body sent to these doors gets the general limit. */
    public static BodyLimit uploads(String method, String paths, DataSize max, String refusal) {
        return new BodyLimit(method, Pattern.compile(paths), max, refusal, true);
    }

    boolean appliesTo(String method, String path, boolean multipart) {
        return this.method.equalsIgnoreCase(method) && paths.matcher(path).matches() && (multipart || !uploads);
    }

    static String words(DataSize size) {
        return size.toMegabytes() > 0 ? size.toMegabytes() + " MB" : size.toKilobytes() + " KB";
    }
}
