package org.gongkai.items;

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

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/** One entry of the disclosure catalogue (主动公开目录): a piece of government information and its metadata. */
@Entity
@Table(name = "item")
public class DisclosureItem extends BaseEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public ItemStatus status = ItemStatus.DRAFT;

    /** 索引号, allocated at publication. */
    @Column(name = "index_number", length = 60, unique = true)
    public String indexNumber;

    @Column(nullable = false, length = 300)
    public String title;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id", nullable = false)
    public Agency agency;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id", nullable = false)
    public Category category;

    /** 文号 in canonical spelling ({@link DocumentNumbers}); unique per agency. */
    @Column(name = "document_number", length = 100)
    public String documentNumber;

    /** 成文日期. */
    @Column(name = "written_date", nullable = false)
    public LocalDate writtenDate;

    /** 发布日期; set when a reviewer approves. */
    @Column(name = "publication_date")
    public LocalDate publicationDate;

    @Enumerated(EnumType.STRING)
    @Column(length = 40)
    public Topic topic;

    @Column(length = 200)
    public String keywords;

    @Column(length = 1000)
    public String summary;

    /** Sanitised HTML ({@link HtmlBodies}). */
    @Column
    public String body;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    public Validity validity;

    @Column(name = "repeal_date")
    public LocalDate repealDate;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    public Lateness lateness;

    @Column(name = "late_by_working_days")
    public Integer lateByWorkingDays;

    @Column(name = "withdrawn_date")
    public LocalDate withdrawnDate;

    @Column(name = "created_by", nullable = false, length = 50)
    public String createdBy;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "item_channel", joinColumns = @JoinColumn(name = "item_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 20)
    public Set<Channel> channels = EnumSet.noneOf(Channel.class);
}
