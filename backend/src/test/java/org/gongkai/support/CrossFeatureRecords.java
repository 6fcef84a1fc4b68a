package org.gongkai.support;

import io.restassured.http.ContentType;
import org.gongkai.common.validation.ChineseIds;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;

/**
 * Records of several features made through their APIs, for the tests of the pages that sum them up (dashboard,
 * open statistics): applications registered and decided, reading-point entries, website visits.
 */
public final class CrossFeatureRecords {

    /** The applicant of every application registered here; the open statistics must never show it. */
    public static final String APPLICANT = "赵统计";

    private CrossFeatureRecords() {
    }

    /** Registers an application received in person on the given day; answers its id. */
    public static long registerApplication(String token, long agencyId, LocalDate receivedOn, String description) {
        String first17 = "51040219800101" + "123";
        Map<String, Object> applicant = new HashMap<>();
        applicant.put("type", "NATURAL_PERSON");
        applicant.put("name", APPLICANT);
        applicant.put("idType", "RESIDENT_ID");
        applicant.put("idNumber", first17 + ChineseIds.residentIdCheck(first17));
        applicant.put("phone", "13812345678");
        applicant.put("email", "applicant@example.cn");
        applicant.put("postalAddress", "四川省攀枝花市东区炳草岗大街1号");
        applicant.put("postalCode", "617000");
        Map<String, Object> request = new HashMap<>();
        request.put("agencyId", agencyId);
        request.put("description", description);
        request.put("provisionForm", "ELECTRONIC");
        request.put("obtainMethod", "EMAIL");
        Map<String, Object> body = Map.of("applicant", applicant, "request", request, "channel", "IN_PERSON",
                "receivedOn", receivedOn.toString());
        return ((Number) given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/applications/registrations")
                .then().statusCode(201).extract().path("id")).longValue();
    }

    /** Decides an application with an outcome code (and a reason, which every outcome but DISCLOSED needs). */
    public static void decide(String token, long applicationId, LocalDate on, String outcome) {
        int version = given().auth().oauth2(token).when().get("/api/v1/applications/" + applicationId)
                .then().statusCode(200).extract().path("version");
        Map<String, Object> body = new HashMap<>();
        body.put("version", version);
        body.put("decidedOn", on.toString());
        body.put("outcome", outcome);
        body.put("reason", "经检索，本机关未制作或者获取该信息。");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/applications/" + applicationId + "/decisions").then().statusCode(200);
    }

    /** Logs a single visit at a reading point. */
    public static void visit(String token, long pointId, LocalDate date, int people, int items) {
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("date", date.toString(), "people", people, "itemsConsulted", items,
                        "requestSummary", "查阅公开信息"))
                .when().post("/api/v1/reading-points/" + pointId + "/visits").then().statusCode(201);
    }

    /** Enters a day's tally at a reading point. */
    public static void tally(String token, long pointId, LocalDate date, int people, int items) {
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("date", date.toString(), "people", people, "itemsConsulted", items))
                .when().post("/api/v1/reading-points/" + pointId + "/tallies").then().statusCode(201);
    }

    /** Records a month's visits (the first time) to the agency's disclosure column. */
    public static void websiteVisits(String token, long agencyId, int year, int month, long visits) {
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("visits", visits))
                .when().put("/api/v1/website-statistics/" + agencyId + "/" + year + "/" + month)
                .then().statusCode(201);
    }
}
