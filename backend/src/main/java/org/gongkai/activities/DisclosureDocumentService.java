package org.gongkai.activities;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import jakarta.inject.Inject;
import org.gongkai.activities.dto.DisclosureDocumentRequest;
import org.gongkai.activities.dto.DisclosureDocumentView;
import org.gongkai.agencies.Agency;
import org.gongkai.agencies.AgencyRepository;
import org.gongkai.common.error.ApiException;
import org.gongkai.common.security.CurrentUser;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Versions of the disclosure guide or catalogue. They are public documents: anyone reads the versions in
 * force or past; only staff see versions scheduled for later. The version in force is the latest effective
 * on or before today.
 */
public abstract class DisclosureDocumentService
        extends ActivityService<DisclosureDocument, DisclosureDocumentRequest, DisclosureDocumentView> {

    @Inject
    DisclosureDocumentRepository repository;

    @Inject
    AgencyRepository agencies;

    @Inject
    CurrentUser user;

    protected abstract DocumentKind kind();

    /** The version in force today for the agency (default: the top-level government). */
    public DisclosureDocumentView current(Long agencyId) {
        Agency agency = agencyId != null
                ? agencies.findByIdOptional(agencyId).orElseThrow(() ->
                ApiException.notFound("AGENCY_NOT_FOUND", "机关不存在。", "No such agency."))
                : agencies.find("parent is null and government = true order by id").firstResultOptional()
                .orElseThrow(this::noneInForce);
        return inForce(agency.id, ActivityGuard.today()).map(this::view).orElseThrow(this::noneInForce);
    }

    /** The version in force on {@code day}, if any. */
    public Optional<DisclosureDocument> inForce(long agencyId, LocalDate day) {
        return repository.find("agency.id = ?1 and kind = ?2 and date <= ?3 order by date desc, id desc",
                agencyId, kind(), day).firstResultOptional();
    }

    private ApiException noneInForce() {
        return kind() == DocumentKind.GUIDE
                ? ApiException.notFound("GUIDE_NOT_FOUND", "该机关尚未发布生效的政府信息公开指南。",
                "This agency has no disclosure guide in force yet.")
                : ApiException.notFound("CATALOGUE_NOT_FOUND", "该机关尚未发布生效的政府信息公开目录。",
                "This agency has no disclosure catalogue in force yet.");
    }

    @Override
    protected PanacheRepository<DisclosureDocument> repository() {
        return repository;
    }

    @Override
    protected Class<DisclosureDocument> entityClass() {
        return DisclosureDocument.class;
    }

    @Override
    protected DisclosureDocument newRecord() {
        DisclosureDocument d = new DisclosureDocument();
        d.kind = kind();
        return d;
    }

    @Override
    protected boolean futureDatesAllowed() {
        return true;
    }

    @Override
    protected Optional<Long> readRestriction() {
        return Optional.empty();
    }

    @Override
    protected void narrow(List<String> where, Parameters p) {
        where.add("e.kind = :kind");
        p.and("kind", kind());
        if (user.isAnonymous()) {
            where.add("e.date <= :today");
            p.and("today", ActivityGuard.today());
        }
    }

    @Override
    protected void requireReadable(DisclosureDocument e) {
        if (user.isAnonymous() && e.date.isAfter(ActivityGuard.today())) {
            throw notFound();
        }
    }

    @Override
    protected DisclosureDocument find(long id) {
        DisclosureDocument d = super.find(id);
        if (d.kind != kind()) {
            throw notFound();
        }
        return d;
    }

    @Override
    protected void checkBeforeChange(DisclosureDocument e, Agency agency, DisclosureDocumentRequest r) {
        boolean taken = repository.count("agency.id = ?1 and kind = ?2 and versionLabel = ?3 and id <> ?4",
                agency.id, kind(), r.versionLabel().trim(), e.id == null ? -1L : e.id) > 0;
        if (taken) {
            throw ApiException.invalidField("versionLabel", "本机关已有该版本号。", "This agency already has a version with this label.");
        }
    }

    @Override
    protected void apply(DisclosureDocument e, DisclosureDocumentRequest r) {
        String label = r.versionLabel().trim();
        String body = HtmlBody.of(r.body());
        if (!HtmlBody.hasText(body)) {
            throw ApiException.invalidField("body", "正文为空（不允许的标签已被移除）。",
                    "The body is empty once disallowed markup is removed.");
        }
        e.versionLabel = label;
        e.title = r.title().trim();
        e.body = body;
        e.changeSummary = ActivityGuard.blankToNull(r.changeSummary());
    }

    @Override
    protected Map<String, Object> fields(DisclosureDocument e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", e.kind.name());
        m.put("versionLabel", e.versionLabel);
        m.put("title", e.title);
        m.put("bodyLength", e.body == null ? null : e.body.length());
        m.put("bodyHash", e.body == null ? null : Integer.toHexString(e.body.hashCode()));
        m.put("changeSummary", e.changeSummary);
        return m;
    }

    @Override
    protected DisclosureDocumentView view(DisclosureDocument e) {
        boolean current = inForce(e.agency.id, ActivityGuard.today()).map(d -> d.id.equals(e.id)).orElse(false);
        return new DisclosureDocumentView(e.id, e.agency.id, e.agency.name, e.kind, e.versionLabel, e.title, e.date,
                e.body, e.changeSummary, current, e.updatedAt, e.version);
    }

    @Override
    protected ApiException notFound() {
        return kind() == DocumentKind.GUIDE
                ? ApiException.notFound("GUIDE_NOT_FOUND", "公开指南版本不存在。", "No such guide version.")
                : ApiException.notFound("CATALOGUE_NOT_FOUND", "公开目录版本不存在。", "No such catalogue version.");
    }
}
