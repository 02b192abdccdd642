package org.factcheck.place.service;

import static org.factcheck.TestData.BARKING_CODE;
import static org.factcheck.TestData.BARNET;
import static org.factcheck.TestData.BARNET_CODE;
import static org.factcheck.TestData.MET_POLICE;
import static org.factcheck.TestData.MET_POLICE_CODE;
import static org.factcheck.TestData.unique;
import static org.factcheck.TestData.uniqueCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.factcheck.common.ApiException;
import org.factcheck.place.Place;
import org.factcheck.place.repository.PlaceRepository;
import org.factcheck.place.rest.PlaceRequest;
import org.factcheck.place.rest.PlaceResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The gazetteer rules evidence relies on, against the real database; every test is rolled back. */
@QuarkusTest
@TestTransaction
class PlaceServiceTest {

    @Inject
    PlaceService places;

    @Inject
    PlaceRepository repository;

    @Inject
    GazetteerCache gazetteer;

    /** The cache may have been filled inside a transaction that is now rolled back. */
    @AfterEach
    void forgetRolledBackPlaces() {
        gazetteer.invalidate();
    }

    @Test
    void resolvesAKnownNameIgnoringCaseAndOuterSpaces() {
        Place place = places.resolveOrCreate("  bARNET ", null);

        assertEquals(BARNET, place.name);
        assertEquals(BARNET_CODE, place.code);
        assertEquals("borough", place.kind);
    }

    @Test
    void resolvesACodeAlone() {
        assertEquals(MET_POLICE, places.resolveOrCreate(null, MET_POLICE_CODE).name);
        assertEquals(MET_POLICE, places.resolveOrCreate(" ", " " + MET_POLICE_CODE + " ").name);
    }

    @Test
    void resolvesANameAndCodeThatAgree() {
        assertEquals(BARNET, places.resolveOrCreate(BARNET, BARNET_CODE).name);
    }

    @Test
    void resolvesAnAlias() {
        String alias = unique("Hendon");
        PlaceResponse ward = places.create(new PlaceRequest(unique("Hendon ward"), null, "ward", BARNET,
                List.of(alias)));

        assertEquals(ward.id(), places.resolveOrCreate(alias.toUpperCase(), null).id);
        assertEquals(ward.id(), places.resolve(alias).orElseThrow().id);
    }

    @Test
    void refusesANameAndCodeOfTwoDifferentPlaces() {
        ApiException e = assertThrows(ApiException.class, () -> places.resolveOrCreate(BARNET, BARKING_CODE));

        assertEquals(422, e.status());
        assertEquals("placeCode", e.errors().get(0).field());
        assertTrue(e.getMessage().contains("Barking and Dagenham"), e.getMessage());
    }

    @Test
    void refusesAKnownNameWithACodeItDoesNotHave() {
        ApiException e = assertThrows(ApiException.class, () -> places.resolveOrCreate(BARNET, uniqueCode()));

        assertEquals(422, e.status());
        assertEquals("placeCode", e.errors().get(0).field());
    }

    @Test
    void refusesAnUnknownNameWithTheCodeOfAKnownPlace() {
        long before = repository.count();

        ApiException e = assertThrows(ApiException.class,
                () -> places.resolveOrCreate(unique("Barnet Vale"), BARNET_CODE));

        assertEquals(422, e.status());
        assertEquals(before, repository.count());
    }

    @Test
    void refusesAnUnknownCodeWithoutAName() {
        ApiException e = assertThrows(ApiException.class, () -> places.resolveOrCreate(null, uniqueCode()));

        assertEquals(422, e.status());
        assertEquals("place", e.errors().get(0).field());
    }

    @Test
    void createsAnUnknownPlaceWithKindUnknownOnce() {
        String name = unique("Little Snoring");
        String code = uniqueCode();
        long before = repository.count();

        Place created = places.resolveOrCreate(name, code);
        Place again = places.resolveOrCreate(name.toLowerCase(), null);

        assertNotNull(created.id);
        assertEquals("unknown", created.kind);
        assertEquals(code, created.code);
        assertNull(created.parentId);
        assertEquals(created.id, again.id);
        assertEquals(before + 1, repository.count());
    }

    @Test
    void keepsAKnownPlaceWithoutCodeWhenEvidenceGivesOne() {
        String name = unique("Codeless parish");
        Place created = places.resolveOrCreate(name, null);

        Place found = places.resolveOrCreate(name, uniqueCode());

        assertEquals(created.id, found.id);
        assertNull(found.code);
    }

    @Test
    void showsANewPlaceInTheGazetteerCache() {
        String name = unique("Cached hamlet");
        assertTrue(gazetteer.all().stream().noneMatch(e -> e.name().equals(name)));

        places.resolveOrCreate(name, null);

        assertTrue(gazetteer.all().stream().anyMatch(e -> e.name().equals(name) && e.kind().equals("unknown")));
    }

    @Test
    void showsANewAliasInTheGazetteerCache() {
        String alias = unique("Capital city");
        long london = places.resolve("London").orElseThrow().id;
        assertTrue(gazetteer.all().stream().noneMatch(e -> e.aliases().contains(alias)));

        places.addAlias(london, alias);

        assertTrue(gazetteer.all().stream().anyMatch(e -> e.id() == london && e.aliases().contains(alias)));
    }
}
