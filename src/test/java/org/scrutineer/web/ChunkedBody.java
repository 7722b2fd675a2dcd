package org.scrutineer.web;

import java.io.InputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

/**
 * A request body of {@code size} bytes sent without a length, in chunks, as a client streaming it
 * would: {@code head}, then {@code filler} repeated, then {@code tail}. Nothing is held in memory.
 */
public final class ChunkedBody {

    private ChunkedBody() {
    }

    public static HttpRequest.BodyPublisher of(String head, char filler, long size, String tail) {
        byte[] start = head.getBytes(StandardCharsets.UTF_8);
        byte[] end = tail.getBytes(StandardCharsets.UTF_8);
        long middle = size - start.length - end.length;
        return HttpRequest.BodyPublishers.ofInputStream(() -> new InputStream() {
            private long position;

            @Override
            public int read() {
                if (position < start.length) {
                    return start[(int) position++];
                }
                if (position < start.length + middle) {
                    position++;
                    return filler;
                }
                if (position < start.length + middle + end.length) {
                    return end[(int) (position++ - start.length - middle)];
                }
                return -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                int n = 0;
                while (n < len) {
                    int c = read();
                    if (c < 0) {
                        break;
                    }
                    b[off + n++] = (byte) c;
                }
                return n == 0 && len > 0 ? -1 : n;
            }
        });
    }

    public static HttpRequest.BodyPublisher of(String body) {
        return of(body, ' ', body.getBytes(StandardCharsets.UTF_8).length, "");
    }
}
