package org.factcheck.apikey;

import static io.restassured.RestAssured.given;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * A key found valid is trusted for factcheck.auth.key-cache-ttl (2 s in tests) without another database lookup; a key
 * revoked elsewhere (another instance: here, straight in the database) stops working once that time has passed.
 */
@QuarkusTest
class ApiKeyCacheTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void trustsAValidKeyForTheCacheTimeThenAsksTheDatabaseAgain() throws Exception {
        String key = ApiKeyRoleTest.key("cache-test", "reader");
        given().header("X-API-Key", key).get("/api/v1/claims").then().statusCode(200);

        revokeBehindTheServicesBack(key);
        given().header("X-API-Key", key).get("/api/v1/claims").then().statusCode(200);

        Thread.sleep(2_300);
        given().header("X-API-Key", key).get("/api/v1/claims").then().statusCode(401);
    }

    @Test
    void looksUnknownKeysUpEveryTime() throws Exception {
        String key = ApiKeyRoleTest.key("cache-test-unknown", "reader");
        revokeBehindTheServicesBack(key);
        given().header("X-API-Key", key).get("/api/v1/claims").then().statusCode(401);
    }

    private void revokeBehindTheServicesBack(String key) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement(
                     "update api_key set revoked_at = now() where prefix = ? and revoked_at is null")) {
            st.setString(1, key.substring(0, 8));
            st.executeUpdate();
        }
    }
}
