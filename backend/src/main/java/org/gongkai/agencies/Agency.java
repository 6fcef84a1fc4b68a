package org.gongkai.agencies;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.gongkai.common.persistence.BaseEntity;

/** A government body (机关): the district government or one of its departments. */
@Entity
@Table(name = "agency")
public class Agency extends BaseEntity {

    @Column(nullable = false, length = 100)
    public String name;

    @Column(name = "short_name", length = 30)
    public String shortName;

    /** 统一社会信用代码 (GB 32100-2015), 18 characters. */
    @Column(name = "credit_code", length = 18, unique = true)
    public String creditCode;

    /** Used in index numbers (索引号): catalogueCode/year-sequence. */
    @Column(name = "catalogue_code", nullable = false, length = 40, unique = true)
    public String catalogueCode;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public Agency parent;

    /** 人民政府 (31 March report deadline) rather than a department (31 January). */
    @Column(name = "is_government", nullable = false)
    public boolean government;

    @Column(nullable = false)
    public boolean active = true;
}
