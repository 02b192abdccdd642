package org.factcheck.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for what an HTTP client library will not send: chunked bodies without Content-Length
 * and request lines with broken percent-encoding. One connection per request, read with a timeout.
 */
public final class RawHttp {

    /** Status, content type and body of an answer. */
    public record Answer(int status, String contentType, String body) {
    }

    private RawHttp() {
    }

    /**
     * Sends one request and reads the whole answer. {@code target} is the raw request target (path and query, sent as
     * it is); {@code headers} go out in order; a body is sent with Content-Length, or chunked.
     */
    public static Answer send(int port, String method, String target, Map<String, String> headers, String contentType,
                              byte[] body, boolean chunked, int timeoutMillis) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(timeoutMillis);
            OutputStream out = socket.getOutputStream();
            StringBuilder head = new StringBuilder(method).append(' ').append(target);
            head.append(" HTTP/1.1\r\nHost: localhost:").append(port).append("\r\nConnection: close\r\n");
            headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
            if (contentType != null) {
                head.append("Content-Type: ").append(contentType).append("\r\n");
            }
            if (body != null && chunked) {
                head.append("Transfer-Encoding: chunked\r\n");
            } else if (body != null) {
                head.append("Content-Length: ").append(body.length).append("\r\n");
            }
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            try {
                writeBody(out, body, chunked);
            } catch (IOException e) {
                // the server may answer (413) and close before reading everything: read what it said
            }
            out.flush();
            return read(socket.getInputStream());
        }
    }

    private static void writeBody(OutputStream out, byte[] body, boolean chunked) throws IOException {
        if (body == null) {
            return;
        }
        if (!chunked) {
            out.write(body);
            return;
        }
        int chunk = 64 * 1024;
        for (int offset = 0; offset < body.length; offset += chunk) {
            int n = Math.min(chunk, body.length - offset);
            out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(body, offset, n);
            out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        }
        out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    }

    private static Answer read(InputStream in) throws IOException {
        byte[] all = in.readAllBytes();
        String head = new String(all, StandardCharsets.ISO_8859_1);
        int end = head.indexOf("\r\n\r\n");
        if (!head.startsWith("HTTP/1.1 ") || end < 0) {
            throw new IOException("not an HTTP answer: " + head.substring(0, Math.min(200, head.length())));
        }
        String[] lines = head.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].substring(9, 12));
        String contentType = null;
        boolean chunked = false;
        for (String line : lines) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-type:")) {
                contentType = line.substring(13).trim();
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            }
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int pos = end + 4;
        if (!chunked) {
            body.write(all, pos, all.length - pos);
        }
        while (chunked && pos < all.length) {
            int eol = head.indexOf("\r\n", pos);
            int size = eol < 0 ? 0 : Integer.parseInt(head.substring(pos, eol).split(";")[0].trim(), 16);
            if (size == 0) {
                break;
            }
            body.write(all, eol + 2, Math.min(size, all.length - eol - 2));
            pos = eol + 2 + size + 2;
        }
        return new Answer(status, contentType, body.toString(StandardCharsets.UTF_8));
    }
}
