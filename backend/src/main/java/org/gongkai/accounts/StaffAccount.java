package org.gongkai.accounts;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.gongkai.agencies.Agency;
import org.gongkai.common.persistence.BaseEntity;
import org.gongkai.common.security.Role;

import java.util.EnumSet;
import java.util.Set;

/** A staff member's login. Passwords are stored only as bcrypt hashes. */
@Entity
@Table(name = "staff_account")
public class StaffAccount extends BaseEntity {

    @Column(nullable = false, unique = true, length = 50)
    public String username;

    @Column(name = "display_name", nullable = false, length = 50)
    public String displayName;

    @Column(name = "password_hash", nullable = false, length = 100)
    public String passwordHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    public Set<Role> roles = EnumSet.noneOf(Role.class);

    /** The agency whose records this account acts on; may be empty for a district-wide account. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agency_id")
    public Agency agency;

    /** Acts on every agency's records, not only its own. */
    @Column(name = "district_wide", nullable = false)
    public boolean districtWide;

    @Column(nullable = false)
    public boolean enabled = true;

    /** Created by the demo profile; production refuses to start while such an account exists. */
    @Column(nullable = false)
    public boolean demo;
}
