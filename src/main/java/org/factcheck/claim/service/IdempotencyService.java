package org.factcheck.claim.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.factcheck.claim.repository.IdempotencyRepository;
import org.factcheck.common.ApiException;
import org.factcheck.common.ProblemError;

/**
 * Idempotency-Key handling, all state in PostgreSQL. {@link #begin} runs in its own committed statement before any
 * work: the first request with a key inserts it; a duplicate finds it and gets the stored answer (same body), a 422
 * (another body) or a 409 (the first is still running). The answer is stored by {@link #complete} in the transaction
 * that stores the claim; a failed request releases its key so that it can be retried.
 */
@ApplicationScoped
public class IdempotencyService {

    /** A key whose request left no answer after this long (a crashed instance) may be taken over. */
    static final int ABANDON_AFTER_SECONDS = 120;
    static final int MAX_KEY_LENGTH = 200;

    /** A stored answer to replay. */
    public record Replay(int status, String location, String body) {
    }

    @Inject
    IdempotencyRepository keys;

    /** Empty when this request owns the key and must do the work; else the answer to replay. */
    public Optional<Replay> begin(String owner, String key, String requestJson) {
        checkKey(key);
        String hash = sha256(requestJson);
        for (int attempt = 0; attempt < 3; attempt++) {
            if (keys.claim(owner, key, hash, ABANDON_AFTER_SECONDS)) {
                return Optional.empty();
            }
            Optional<IdempotencyRepository.Stored> stored = keys.find(owner, key);
            if (stored.isEmpty()) {
                continue; // released by a failed first request meanwhile: try to take it
            }
            IdempotencyRepository.Stored s = stored.get();
            if (!s.requestHash().equals(hash)) {
                throw new ApiException(422, "idempotency-key-reused", "Idempotency key reused",
                        "Idempotency-Key '" + key + "' was used for another request body; use a new key", null);
            }
            if (s.status() == null) {
                throw new ApiException(409, "idempotency-in-progress", "Request in progress",
                        "a request with Idempotency-Key '" + key + "' is still being processed; retry shortly", null);
            }
            return Optional.of(new Replay(s.status(), s.location(), s.response()));
        }
        throw new ApiException(409, "idempotency-in-progress", "Request in progress",
                "Idempotency-Key '" + key + "' is contended; retry shortly", null);
    }

    /** Refuses a key that is blank or longer than the document allows (400 naming the header); null passes. */
    public static void checkKey(String key) {
        if (key != null && (key.isBlank() || key.length() > MAX_KEY_LENGTH)) {
            throw ApiException.badRequest("Idempotency-Key must be 1 to " + MAX_KEY_LENGTH + " characters",
                    List.of(ProblemError.field("Idempotency-Key", "must be 1 to " + MAX_KEY_LENGTH + " characters")));
        }
    }

    /** Stores the answer; call inside the transaction that does the work. */
    public void complete(String owner, String key, int status, String location, String body) {
        keys.complete(owner, key, status, location, body);
    }

    /** Frees the key after a failed request. */
    public void release(String owner, String key) {
        keys.release(owner, key);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
