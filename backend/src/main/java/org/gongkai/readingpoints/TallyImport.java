package org.gongkai.readingpoints;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.gongkai.common.persistence.BaseEntity;

/** The record of one committed tally import, with the rows it left out (as JSON) so nothing is unexplained. */
@Entity
@Table(name = "reading_point_tally_import")
public class TallyImport extends BaseEntity {

    /** The importer's agency when the account is limited to one agency; null for district-wide accounts. */
    @Column(name = "agency_id")
    public Long agencyId;

    @Column(name = "file_name", length = 255)
    public String fileName;

    @Column(name = "file_format", nullable = false, length = 10)
    public String format;

    @Column(length = 20)
    public String encoding;

    @Column(nullable = false, length = 20)
    public String mode;

    @Column(name = "on_existing", nullable = false, length = 10)
    public String onExisting;

    @Column(name = "rows_read", nullable = false)
    public int rowsRead;

    @Column(name = "created_count", nullable = false)
    public int createdCount;

    @Column(name = "replaced_count", nullable = false)
    public int replacedCount;

    @Column(name = "rejected_count", nullable = false)
    public int rejectedCount;

    @Column(name = "people_total", nullable = false)
    public long peopleTotal;

    @Column(name = "items_total", nullable = false)
    public long itemsTotal;

    @Column(name = "imported_by", nullable = false, length = 50)
    public String importedBy;

    @Column(name = "rejected_rows", nullable = false)
    public String rejectedRows;
}
