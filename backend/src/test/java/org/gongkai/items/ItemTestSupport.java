package org.gongkai.items;

import io.restassured.response.ValidatableResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.gongkai.accounts.AccountService;
import org.gongkai.accounts.StaffAccount;
import org.gongkai.accounts.StaffAccountRepository;
import org.gongkai.accounts.TokenService;
import org.gongkai.agencies.Agency;
import org.gongkai.agencies.AgencyRepository;
import org.gongkai.common.period.YearLock;
import org.gongkai.common.period.YearLocks;
import org.gongkai.common.security.Role;
import org.gongkai.support.Fixtures;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;

/** Items made through the API for the item tests: drafts, published items, locked years. */
@ApplicationScoped
public class ItemTestSupport {

    @Inject
    Fixtures fixtures;

    @Inject
    YearLocks yearLocks;

    @Inject
    StaffAccountRepository accounts;

    @Inject
    AccountService accountService;

    @Inject
    TokenService tokens;

    @Inject
    AgencyRepository agencies;

    @Inject
    ItemRepository itemRepository;

    public Agency agency(String code) {
        return fixtures.department(code);
    }

    public String editor(String agencyCode) {
        return fixtures.tokenInAgency(Role.EDITOR, agencyCode);
    }

    public String reviewer(String agencyCode) {
        return fixtures.tokenInAgency(Role.REVIEWER, agencyCode);
    }

    public static Map<String, Object> draft(long agencyId, String category, String title) {
        Map<String, Object> m = new HashMap<>();
        m.put("agencyId", agencyId);
        m.put("categoryCode", category);
        m.put("title", title);
        m.put("writtenDate", LocalDate.now().minusDays(10).toString());
        m.put("body", "<p>" + title + "正文。</p>");
        return m;
    }

    public ValidatableResponse create(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType("application/json").body(body)
                .when().post("/api/v1/items").then();
    }

    public long createDraft(String agencyCode, Map<String, Object> body) {
        return ((Number) create(editor(agencyCode), body).statusCode(201).extract().path("id")).longValue();
    }

    public int version(long id, String token) {
        return given().auth().oauth2(token).when().get("/api/v1/items/" + id).then().statusCode(200)
                .extract().path("version");
    }

    public ValidatableResponse action(String token, long id, String action, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType("application/json").body(body)
                .when().post("/api/v1/items/" + id + "/" + action).then();
    }

    /** Creates, submits and approves an item of the agency; answers its id. */
    public long publish(String agencyCode, Map<String, Object> body, LocalDate publicationDate) {
        long id = createDraft(agencyCode, body);
        String editor = editor(agencyCode);
        action(editor, id, "submission", Map.of("version", version(id, editor))).statusCode(200);
        String reviewer = reviewer(agencyCode);
        Map<String, Object> approval = new HashMap<>();
        approval.put("version", version(id, reviewer));
        if (publicationDate != null) {
            approval.put("publicationDate", publicationDate.toString());
        }
        action(reviewer, id, "approval", approval).statusCode(200);
        return id;
    }

    /** An account of one agency holding several roles (for the four-eyes rule). */
    @Transactional
    public String tokenWithRoles(String username, String agencyCode, Role... roles) {
        StaffAccount a = accounts.findByUsername(username).orElseGet(() -> accountService.createSystemAccount(username,
                username, Fixtures.PASSWORD, Set.of(roles), agencies.findById(agency(agencyCode).id), false, false));
        return tokens.issue(a);
    }

    @Transactional
    public long idOf(String indexNumber) {
        return itemRepository.find("indexNumber", indexNumber).singleResult().id;
    }

    /** Marks an item withdrawn on a past date (the API withdraws as of today). */
    @Transactional
    public void withdrawnOn(long itemId, LocalDate date) {
        DisclosureItem i = itemRepository.findById(itemId);
        i.status = ItemStatus.WITHDRAWN;
        i.withdrawnDate = date;
    }

    @Transactional
    public void lockYear(long agencyId, int year) {
        if (yearLocks.findLock(agencyId, year).isPresent()) {
            return;
        }
        YearLock lock = new YearLock();
        lock.agencyId = agencyId;
        lock.year = year;
        lock.includeSubagencies = false;
        lock.lockedAt = Instant.now();
        lock.lockedBy = "test";
        yearLocks.persist(lock);
    }
}
