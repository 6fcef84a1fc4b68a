package org.gongkai.activities;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.gongkai.agencies.Agency;
import org.gongkai.common.persistence.BaseEntity;

/** Visits to the website's disclosure column in one month (网站专栏页面访问量); one row per agency and month. */
@Entity
@Table(name = "website_statistic")
public class WebsiteStatistic extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id", nullable = false)
    public Agency agency;

    @Column(nullable = false)
    public int year;

    @Column(nullable = false)
    public int month;

    @Column(nullable = false)
    public long visits;

    @Column(length = 500)
    public String note;
}
