package org.gongkai.items;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.gongkai.common.persistence.BaseEntity;

/**
 * A category of the disclosure catalogue (目录类别). Categories are data: the 2011-style catalogue and the
 * national statutory groups are seeded, administrators add more. The code is what reports rely on and cannot
 * change once an item uses it.
 */
@Entity
@Table(name = "category")
public class Category extends BaseEntity {

    public static final String RULES = "RULES";
    public static final String NORMATIVE = "NORMATIVE";
    public static final String LICENSING = "LICENSING";
    public static final String PENALTY = "PENALTY";
    public static final String COERCION = "COERCION";

    /** Which catalogue a category belongs to: the 2011 report's, the statutory national groups, or a local addition. */
    @Schema(name = "CategoryScheme")
    public enum Scheme { LEGACY_2011, NATIONAL, CUSTOM }

    @Column(nullable = false, length = 40, unique = true)
    public String code;

    @Column(name = "name_zh", nullable = false, length = 50)
    public String nameZh;

    @Column(name = "name_en", nullable = false, length = 100)
    public String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Scheme scheme;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;

    @Column(nullable = false)
    public boolean active = true;

    /** Rules and normative documents carry a validity (现行有效 / 已废止); no other category does. */
    public static boolean hasValidity(String code) {
        return RULES.equals(code) || NORMATIVE.equals(code);
    }
}
