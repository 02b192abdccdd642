package org.factcheck.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The service's heavy operations wait for a turn in the WorkGate; reads by id do not. */
@QuarkusTest
class WorkGateQueueTest {

    @Inject
    WorkGate gate;

    @Test
    void aSearchWaitsWhileEveryTurnIsTakenAndRunsOnceOneIsFree() throws Exception {
        long id = given().queryParam("size", 1).get("/api/v1/evidence").then().statusCode(200)
                .extract().jsonPath().getLong("items[0].id");
        CountDownLatch taken = new CountDownLatch(gate.size());
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService holders = Executors.newFixedThreadPool(gate.size() + 1);
        try {
            for (int i = 0; i < gate.size(); i++) {
                holders.submit(() -> gate.run(() -> {
                    taken.countDown();
                    try {
                        return release.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return false;
                    }
                }));
            }
            assertTrue(taken.await(10, TimeUnit.SECONDS));

            CompletableFuture<Integer> search = CompletableFuture.supplyAsync(() -> given()
                    .queryParam("q", "jewish population").get("/api/v1/evidence").statusCode(), holders);
            given().get("/api/v1/evidence/" + id).then().statusCode(200); // not gated: answered meanwhile
            Thread.sleep(1_000);
            assertFalse(search.isDone(), "the search ran although every turn was taken");

            release.countDown();
            assertEquals(200, search.get(10, TimeUnit.SECONDS));
        } finally {
            release.countDown();
            holders.shutdownNow();
        }
    }
}
