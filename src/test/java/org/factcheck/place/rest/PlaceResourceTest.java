package org.factcheck.place.rest;

import static io.restassured.RestAssured.given;
import static org.factcheck.TestData.BARNET;
import static org.factcheck.TestData.BARNET_CODE;
import static org.factcheck.TestData.LONDON;
import static org.factcheck.TestData.evidence;
import static org.factcheck.TestData.place;
import static org.factcheck.TestData.problem;
import static org.factcheck.TestData.unique;
import static org.factcheck.TestData.uniqueCode;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PlaceResourceTest {

    private static final String PLACES = "/api/v1/places";

    @Test
    void listsTheThirtyTwoLondonBoroughs() {
        given().queryParam("kind", "borough").queryParam("parent", LONDON).queryParam("size", 50)
                .when().get(PLACES)
                .then().statusCode(200)
                .body("totalItems", equalTo(32))
                .body("items.kind", everyItem(equalTo("borough")))
                .body("items.parent", everyItem(equalTo(LONDON)))
                .body("items.name", hasItem(BARNET));
    }

    @Test
    void listsPlacesByNameWithoutAQuery() {
        List<String> names = given().queryParam("kind", "police_force").queryParam("size", 5)
                .when().get(PLACES)
                .then().statusCode(200)
                .body("totalItems", equalTo(43))
                .body("totalPages", equalTo(9))
                .extract().jsonPath().getList("items.name", String.class);

        assertThat(names, equalTo(names.stream().sorted().toList()));
    }

    @Test
    void findsAPlaceDespiteATypo() {
        given().queryParam("q", "barnit")
                .when().get(PLACES)
                .then().statusCode(200)
                .body("items[0].name", equalTo(BARNET))
                .body("items[0].code", equalTo(BARNET_CODE))
                .body("items[0].kind", equalTo("borough"))
                .body("items[0].parent", equalTo(LONDON));
    }

    @Test
    void findsAPlaceByItsCode() {
        given().queryParam("q", BARNET_CODE.toLowerCase())
                .when().get(PLACES)
                .then().statusCode(200)
                .body("items.name", contains(BARNET));
    }

    @Test
    void refusesAnUnknownKindListingTheKinds() {
        given().queryParam("kind", "galaxy")
                .when().get(PLACES)
                .then().spec(problem(422, "validation"))
                .body("errors[0].field", equalTo("kind"))
                .body("errors[0].message", containsString("unknown, country, region, borough, city, local_authority, "
                        + "police_force, ward, other"));
    }

    @Test
    void refusesAnUnknownParentFilter() {
        given().queryParam("parent", "Narnia")
                .when().get(PLACES)
                .then().spec(problem(422, "validation"))
                .body("errors[0].field", equalTo("parent"));
    }

    @Test
    void addsAPlaceWithKindParentAndAliases() {
        String name = unique("Hendon ward");
        String code = uniqueCode();
        Map<String, Object> body = place(name, "Ward", BARNET);
        body.put("code", code);
        body.put("aliases", List.of(name + " (Barnet)"));

        ExtractableResponse<Response> created = given().contentType(ContentType.JSON).body(body)
                .when().post(PLACES)
                .then().statusCode(201)
                .body("name", equalTo(name))
                .body("code", equalTo(code))
                .body("kind", equalTo("ward"))
                .body("parent", equalTo(BARNET))
                .body("aliases", contains(name + " (Barnet)"))
                .extract();
        int id = created.path("id");

        assertThat(created.header("Location"), endsWith(PLACES + "/" + id));
        given().when().get(PLACES + "/" + id)
                .then().statusCode(200).body("name", equalTo(name)).body("parentId", equalTo(created.path("parentId")));
    }

    @Test
    void addsAPlaceOfUnknownKindWhenNoKindIsGiven() {
        given().contentType(ContentType.JSON).body(Map.of("name", unique("Nameless hamlet")))
                .when().post(PLACES)
                .then().statusCode(201)
                .body("kind", equalTo("unknown"))
                .body("parent", nullValue());
    }

    @Test
    void refusesASecondPlaceOfTheSameNameIgnoringCase() {
        given().contentType(ContentType.JSON).body(place("BARNET", "borough", LONDON))
                .when().post(PLACES)
                .then().spec(problem(409, "conflict"))
                .body("detail", equalTo("a place named 'BARNET' already exists"));
    }

    @Test
    void refusesASecondPlaceWithTheSameCode() {
        Map<String, Object> body = place(unique("Barnet again"), "borough", LONDON);
        body.put("code", BARNET_CODE);

        given().contentType(ContentType.JSON).body(body)
                .when().post(PLACES)
                .then().spec(problem(409, "conflict"))
                .body("detail", containsString(BARNET_CODE));
    }

    @Test
    void refusesAnUnknownKindOrParent() {
        given().contentType(ContentType.JSON).body(place(unique("Somewhere"), "galaxy", null))
                .when().post(PLACES)
                .then().spec(problem(422, "validation")).body("errors[0].field", equalTo("kind"));
        given().contentType(ContentType.JSON).body(place(unique("Somewhere"), "ward", "Narnia"))
                .when().post(PLACES)
                .then().spec(problem(422, "validation")).body("errors[0].field", equalTo("parent"));
    }

    @Test
    void refusesACodeThatIsNotLettersAndDigits() {
        Map<String, Object> body = place(unique("Somewhere"), "ward", null);
        body.put("code", "E05-000001");

        given().contentType(ContentType.JSON).body(body)
                .when().post(PLACES)
                .then().spec(problem(400, "validation"))
                .body("errors[0].field", equalTo("code"));
    }

    @Test
    void resolvesEvidenceAndSearchesByANewAlias() {
        String ward = unique("Golders Green ward");
        String alias = unique("Golders Green");
        int id = given().contentType(ContentType.JSON).body(place(ward, "ward", BARNET))
                .when().post(PLACES).then().statusCode(201).extract().path("id");

        given().contentType(ContentType.JSON).body(Map.of("alias", alias))
                .when().post(PLACES + "/" + id + "/aliases")
                .then().statusCode(200)
                .body("id", equalTo(id))
                .body("aliases", contains(alias));

        Map<String, Object> record = evidence(unique("Households"));
        record.put("place", alias.toUpperCase());
        record.remove("placeCode");
        given().contentType(ContentType.JSON).body(record)
                .when().post("/api/v1/evidence")
                .then().statusCode(201)
                .body("place.id", equalTo(id))
                .body("place.name", equalTo(ward));
        given().queryParam("place", alias)
                .when().get("/api/v1/evidence")
                .then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].place.name", equalTo(ward));
        given().queryParam("q", alias)
                .when().get(PLACES)
                .then().statusCode(200)
                .body("items[0].id", equalTo(id));
    }

    @Test
    void refusesAnAliasAlreadyUsedAsANameOrAlias() {
        String ward = unique("Mill Hill ward");
        String alias = unique("Mill Hill");
        Map<String, Object> body = place(ward, "ward", BARNET);
        body.put("aliases", List.of(alias));
        int id = given().contentType(ContentType.JSON).body(body)
                .when().post(PLACES).then().statusCode(201).extract().path("id");

        given().contentType(ContentType.JSON).body(Map.of("alias", BARNET.toLowerCase()))
                .when().post(PLACES + "/" + id + "/aliases")
                .then().spec(problem(409, "conflict"));
        given().contentType(ContentType.JSON).body(Map.of("alias", alias.toUpperCase()))
                .when().post(PLACES + "/" + id + "/aliases")
                .then().spec(problem(409, "conflict"));
        given().contentType(ContentType.JSON).body(place(alias, "ward", null))
                .when().post(PLACES)
                .then().spec(problem(409, "conflict"));
    }

    @Test
    void answers404ForAnUnknownPlace() {
        given().when().get(PLACES + "/999999999")
                .then().spec(problem(404, "not-found")).body("detail", equalTo("no place with id 999999999"));
        given().contentType(ContentType.JSON).body(Map.of("alias", unique("Nowhere")))
                .when().post(PLACES + "/999999999/aliases")
                .then().spec(problem(404, "not-found"));
    }

    @Test
    void refusesABlankAlias() {
        given().contentType(ContentType.JSON).body(Map.of("alias", " "))
                .when().post(PLACES + "/1/aliases")
                .then().spec(problem(400, "validation"))
                .body("errors[0].field", equalTo("alias"));
    }
}
