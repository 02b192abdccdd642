package org.factcheck.apikey.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.factcheck.apikey.Caller;
import org.factcheck.apikey.Role;
import org.factcheck.apikey.repository.ApiKeyRepository;
import org.factcheck.apikey.rest.ApiKeyRequest;
import org.factcheck.apikey.rest.ApiKeyResponse;
import org.factcheck.common.FactcheckConfig;
import org.jboss.logging.Logger;

/** Makes, lists and revokes API keys; keys are 32 random bytes, stored as their SHA-256 hash only. */
@ApplicationScoped
public class ApiKeyService {

    private static final Logger LOG = Logger.getLogger(ApiKeyService.class);
    static final String PREFIX = "fck_";
    static final String BOOTSTRAP_OWNER = "bootstrap-admin";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    ApiKeyRepository keys;

    @Inject
    FactcheckConfig config;

    @Inject
    Caller caller;

    /** Keys recently found valid, by hash, until a System.nanoTime() instant. */
    private final Map<String, Trusted> recent = new ConcurrentHashMap<>();
    private static final int MAX_TRUSTED = 10_000;

    private record Trusted(ApiKeyRepository.Stored key, long until) {
    }

    /** Stores the configured bootstrap admin key (FACTCHECK_BOOTSTRAP_ADMIN_KEY) if it is not stored yet. */
    void onStart(@Observes StartupEvent event) {
        config.auth().bootstrapAdminKey().filter(k -> !k.isBlank()).ifPresent(key -> {
            if (key.length() < 16) {
                throw new IllegalStateException("factcheck.auth.bootstrap-admin-key must be at least 16 characters");
            }
            keys.insert(BOOTSTRAP_OWNER, List.of(Role.ADMIN.wire()), hash(key), prefix(key), BOOTSTRAP_OWNER)
                    .ifPresent(k -> LOG.infof("bootstrap admin key stored (id %d, prefix %s)", k.id(), k.prefix()));
        });
    }

    @Transactional
    public ApiKeyResponse create(ApiKeyRequest request) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String key = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        List<String> roles = request.roles().stream().distinct().map(Role::wire).toList();
        ApiKeyRepository.Stored stored = keys.insert(request.owner().trim(), roles, hash(key), prefix(key),
                caller.owner()).orElseThrow();
        return response(stored, key);
    }

    @Transactional
    public List<ApiKeyResponse> list() {
        return keys.findAll().stream().map(k -> response(k, null)).toList();
    }

    @Transactional
    public boolean revoke(long id) {
        boolean revoked = keys.revoke(id);
        recent.values().removeIf(t -> t.key().id() == id);
        return revoked;
    }

    /**
     * The stored, unrevoked key for this secret. A key found valid is trusted for {@code factcheck.auth.key-cache-ttl}
     * without another database round trip (every API request authenticates, so that lookup was one more query on
     * each); unknown keys are looked up every time.
     */
    public Optional<ApiKeyRepository.Stored> authenticate(String key) {
        String hash = hash(key);
        long now = System.nanoTime();
        Trusted trusted = recent.get(hash);
        if (trusted != null && now - trusted.until() < 0) {
            return Optional.of(trusted.key());
        }
        Optional<ApiKeyRepository.Stored> found = keys.findActiveByHash(hash);
        long ttl = config.auth().keyCacheTtl().toNanos();
        if (found.isPresent() && ttl > 0) {
            if (recent.size() >= MAX_TRUSTED) {
                recent.clear();
            }
            recent.put(hash, new Trusted(found.get(), now + ttl));
        } else {
            recent.remove(hash);
        }
        return found;
    }

    static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String prefix(String key) {
        return key.substring(0, Math.min(8, key.length()));
    }

    private static ApiKeyResponse response(ApiKeyRepository.Stored k, String key) {
        return new ApiKeyResponse(k.id(), k.owner(), k.roles(), k.prefix(), key, k.createdBy(), k.createdAt(),
                k.revokedAt());
    }
}
