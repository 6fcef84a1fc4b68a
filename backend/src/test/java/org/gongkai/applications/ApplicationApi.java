package org.gongkai.applications;

import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.gongkai.common.validation.ChineseIds;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;

/** Request bodies and shortcuts shared by the application API tests. */
final class ApplicationApi {

    private static final AtomicInteger CLIENT = new AtomicInteger(1);

    private ApplicationApi() {
    }

    /** A client address of its own (X-Forwarded-For), so throttles of other tests do not interfere. */
    static String freshClient() {
        int n = CLIENT.incrementAndGet();
        return "10.77." + (n / 250) + "." + (n % 250 + 1);
    }

    static RequestSpecification anonymous() {
        return given().header("X-Forwarded-For", freshClient()).contentType("application/json");
    }

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType("application/json");
    }

    /** A valid resident ID number for a birth date, with the right check digit. */
    static String residentId(String birth, int sequence) {
        String first17 = "510402" + birth + String.format("%03d", sequence);
        return first17 + ChineseIds.residentIdCheck(first17);
    }

    static String creditCode(int n) {
        String prefix = "91510402" + String.format("MA%07d", n);
        return prefix + ChineseIds.creditCodeCheck(prefix);
    }

    static Map<String, Object> person(String name, String id) {
        Map<String, Object> a = new HashMap<>();
        a.put("type", "NATURAL_PERSON");
        a.put("name", name);
        a.put("idType", "RESIDENT_ID");
        a.put("idNumber", id);
        a.put("phone", "13812345678");
        a.put("email", "applicant@example.cn");
        a.put("postalAddress", "四川省攀枝花市东区炳草岗大街1号");
        a.put("postalCode", "617000");
        return a;
    }

    static Map<String, Object> organisation(String type, String name, String code) {
        Map<String, Object> a = new HashMap<>();
        a.put("type", type);
        a.put("name", name);
        a.put("creditCode", code);
        a.put("contactPerson", "李四");
        a.put("phone", "0812-3334444");
        a.put("email", "office@example.cn");
        a.put("postalAddress", "四川省攀枝花市东区机场路2号");
        return a;
    }

    static Map<String, Object> request(long agencyId, String description) {
        Map<String, Object> r = new HashMap<>();
        r.put("agencyId", agencyId);
        r.put("description", description);
        r.put("documentNumbers", "东府发〔2024〕12号");
        r.put("provisionForm", "ELECTRONIC");
        r.put("obtainMethod", "EMAIL");
        return r;
    }

    static Map<String, Object> registration(Map<String, Object> applicant, Map<String, Object> request, String channel,
                                            String receivedOn) {
        Map<String, Object> b = new HashMap<>();
        b.put("applicant", applicant);
        b.put("request", request);
        b.put("channel", channel);
        b.put("receivedOn", receivedOn);
        return b;
    }

    /** Registers an application received in person on {@code receivedOn}; returns its id. */
    static long register(String token, long agencyId, String receivedOn, String description) {
        return register(token, person("王五", residentId("19800101", 11)), agencyId, receivedOn, description);
    }

    static long register(String token, Map<String, Object> applicant, long agencyId, String receivedOn, String description) {
        return ((Number) as(token).body(registration(applicant, request(agencyId, description), "IN_PERSON", receivedOn))
                .when().post("/api/v1/applications/registrations")
                .then().statusCode(201).extract().path("id")).longValue();
    }

    static int version(String token, long id) {
        return as(token).when().get("/api/v1/applications/" + id).then().statusCode(200).extract().path("version");
    }

    /** Posts an action with the current version added to the body. */
    static ValidatableResponse act(String token, long id, String action, Map<String, Object> body) {
        Map<String, Object> b = new HashMap<>(body);
        b.putIfAbsent("version", version(token, id));
        return as(token).body(b).when().post("/api/v1/applications/" + id + "/" + action).then();
    }

    static Map<String, Object> decision(String on, String outcome, String reason) {
        Map<String, Object> b = new HashMap<>();
        b.put("decidedOn", on);
        b.put("outcome", outcome);
        if (reason != null) {
            b.put("reason", reason);
        }
        return b;
    }

    static Map<String, Object> withheld(String part, String ground) {
        return Map.of("part", part, "ground", ground, "reason", "第三方不同意公开");
    }

    static List<Object> list(Object... items) {
        return List.of(items);
    }
}
