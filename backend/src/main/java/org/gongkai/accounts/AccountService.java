package org.gongkai.accounts;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.gongkai.accounts.dto.AccountCreateRequest;
import org.gongkai.accounts.dto.AccountUpdateRequest;
import org.gongkai.accounts.dto.AccountView;
import org.gongkai.accounts.dto.PasswordChangeRequest;
import org.gongkai.accounts.dto.TokenRequest;
import org.gongkai.accounts.dto.TokenResponse;
import org.gongkai.agencies.Agency;
import org.gongkai.agencies.AgencyRepository;
import org.gongkai.common.audit.AuditService;
import org.gongkai.common.audit.ChangeSet;
import org.gongkai.common.error.ApiException;
import org.gongkai.common.error.Conflicts;
import org.gongkai.common.paging.Cursor;
import org.gongkai.common.paging.Page;
import org.gongkai.common.paging.PageRequest;
import org.gongkai.common.security.CurrentUser;
import org.gongkai.common.security.LoginThrottle;
import org.gongkai.common.security.Role;
import org.wildfly.security.password.Password;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.util.ModularCrypt;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Staff accounts: sign-in, administration, passwords. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AccountService {

    /** Compared against when the username is unknown, so a wrong username costs as long as a wrong password. */
    private static final String DUMMY_HASH = BcryptUtil.bcryptHash("timing-equaliser");

    @Inject
    StaffAccountRepository repository;

    @Inject
    AgencyRepository agencies;

    @Inject
    TokenService tokens;

    @Inject
    LoginThrottle throttle;

    @Inject
    AuditService audit;

    @Inject
    CurrentUser currentUser;

    @Transactional
    public TokenResponse signIn(TokenRequest request, String clientAddress) {
        String username = request.username().trim();
        throttle.checkAllowed(username, clientAddress);
        StaffAccount a = repository.findByUsername(username).orElse(null);
        boolean ok = matches(request.password(), a == null ? DUMMY_HASH : a.passwordHash);
        if (a == null || !ok || !a.enabled) {
            throttle.recordFailure(username, clientAddress);
            throw ApiException.unauthorized("用户名或密码不正确，或账号已停用。",
                    "Wrong username or password, or the account is disabled.");
        }
        throttle.recordSuccess(username);
        return new TokenResponse(tokens.issue(a), "Bearer", tokens.ttlSeconds(), view(a));
    }

    public AccountView me() {
        return view(find(currentUser.accountId().orElseThrow(() ->
                ApiException.unauthorized("请先登录。", "Sign in first."))));
    }

    public Page<AccountView> list(PageRequest page) {
        Cursor c = page.decodedCursor();
        List<StaffAccount> rows = c == null
                ? repository.find("order by username, id").range(0, page.size).list()
                : repository.find("username > ?1 or (username = ?1 and id > ?2) order by username, id",
                c.expect(2).string(0), c.longValue(1)).range(0, page.size).list();
        return Page.of(rows, page.size, a -> Cursor.encode(a.username, a.id), AccountService::view);
    }

    public AccountView get(long id) {
        return view(find(id));
    }

    @Transactional
    public AccountView create(AccountCreateRequest r) {
        if (repository.findByUsername(r.username()).isPresent()) {
            throw ApiException.invalidField("username", "用户名已存在。", "Username is taken.");
        }
        StaffAccount a = new StaffAccount();
        a.username = r.username().trim();
        a.displayName = r.displayName().trim();
        a.passwordHash = BcryptUtil.bcryptHash(r.password());
        a.roles = EnumSet.copyOf(r.roles());
        a.districtWide = r.districtWide();
        a.agency = agencyFor(r.agencyId(), r.districtWide());
        repository.persist(a);
        repository.flush();
        audit.record("Account", a.id, "CREATE", a.agency == null ? null : a.agency.id, ChangeSet.created(java.util.Map.of(
                "username", a.username, "displayName", a.displayName, "roles", new TreeSet<>(a.roles).toString(),
                "districtWide", a.districtWide)).redacted("password"));
        return view(a);
    }

    @Transactional
    public AccountView update(long id, AccountUpdateRequest r) {
        StaffAccount a = find(id);
        Conflicts.requireVersion(a.version, r.version());
        boolean self = currentUser.accountId().map(x -> x == id).orElse(false);
        if (self && (!r.enabled() || !r.roles().contains(Role.ADMIN))) {
            throw ApiException.conflict("SELF_LOCKOUT", "不能停用自己的账号或取消自己的管理员角色。",
                    "You cannot disable your own account or remove your own administrator role.");
        }
        ChangeSet changes = ChangeSet.empty()
                .field("displayName", a.displayName, r.displayName().trim())
                .field("roles", new TreeSet<>(a.roles).toString(), new TreeSet<>(r.roles()).toString())
                .field("districtWide", a.districtWide, r.districtWide())
                .field("enabled", a.enabled, r.enabled());
        Agency agency = agencyFor(r.agencyId(), r.districtWide());
        changes.field("agencyId", a.agency == null ? null : a.agency.id, agency == null ? null : agency.id);
        a.displayName = r.displayName().trim();
        a.roles = EnumSet.copyOf(r.roles());
        a.districtWide = r.districtWide();
        a.enabled = r.enabled();
        a.agency = agency;
        repository.flush();
        audit.record("Account", a.id, "UPDATE", agency == null ? null : agency.id, changes);
        return view(a);
    }

    /** Administrators reset anyone's password; everyone else changes their own with the current one. */
    @Transactional
    public void changePassword(long id, PasswordChangeRequest r, boolean byAdmin) {
        StaffAccount a = find(id);
        if (!byAdmin) {
            if (r.currentPassword() == null || !matches(r.currentPassword(), a.passwordHash)) {
                throw ApiException.invalidField("currentPassword", "当前密码不正确。", "The current password is wrong.");
            }
        }
        a.passwordHash = BcryptUtil.bcryptHash(r.newPassword());
        audit.record("Account", a.id, byAdmin ? "RESET_PASSWORD" : "CHANGE_PASSWORD",
                a.agency == null ? null : a.agency.id, ChangeSet.empty().redacted("password"));
    }

    StaffAccount find(long id) {
        return repository.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("ACCOUNT_NOT_FOUND",
                "账号不存在。", "No such account."));
    }

    private Agency agencyFor(Long agencyId, boolean districtWide) {
        if (agencyId == null) {
            if (!districtWide) {
                throw ApiException.invalidField("agencyId", "非全区账号必须指定所属机关。",
                        "An account that is not district-wide needs an agency.");
            }
            return null;
        }
        return agencies.findByIdOptional(agencyId).orElseThrow(() ->
                ApiException.invalidField("agencyId", "机关不存在。", "No such agency."));
    }

    static boolean matches(String password, String hash) {
        try {
            PasswordFactory factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT);
            Password stored = factory.translate(ModularCrypt.decode(hash));
            return factory.verify(stored, password.toCharArray());
        } catch (Exception e) {
            return false;
        }
    }

    public static AccountView view(StaffAccount a) {
        return new AccountView(a.id, a.username, a.displayName,
                a.roles.stream().map(Role::name).sorted().toList(),
                a.agency == null ? null : a.agency.id, a.agency == null ? null : a.agency.name,
                a.districtWide, a.enabled, a.demo, a.version);
    }

    /** Creates an account without a request context (bootstrap and demo data). */
    @Transactional
    public StaffAccount createSystemAccount(String username, String displayName, String password, Set<Role> roles,
                                            Agency agency, boolean districtWide, boolean demo) {
        StaffAccount a = new StaffAccount();
        a.username = username;
        a.displayName = displayName;
        a.passwordHash = BcryptUtil.bcryptHash(password);
        a.roles = EnumSet.copyOf(roles);
        a.agency = agency;
        a.districtWide = districtWide;
        a.demo = demo;
        repository.persist(a);
        repository.flush();
        audit.record("Account", a.id, "CREATE", agency == null ? null : agency.id, ChangeSet.created(java.util.Map.of(
                "username", username, "roles", new TreeSet<>(roles).toString(), "demo", demo)).redacted("password"));
        return a;
    }
}
