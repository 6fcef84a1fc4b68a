package org.gongkai.items;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.gongkai.common.persistence.BaseEntity;

/** A file attached to an item. The bytes live content-addressed under the data directory ({@link FileStore}). */
@Entity
@Table(name = "item_attachment")
public class ItemAttachment extends BaseEntity {

    @Column(name = "item_id", nullable = false)
    public Long itemId;

    @Column(name = "file_name", nullable = false, length = 255)
    public String fileName;

    /** The detected kind (pdf, docx, …), checked against the extension. */
    @Column(name = "file_type", nullable = false, length = 10)
    public String fileType;

    @Column(name = "content_type", nullable = false, length = 100)
    public String contentType;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    @Column(nullable = false, length = 64)
    public String sha256;

    @Column(name = "uploaded_by", nullable = false, length = 50)
    public String uploadedBy;
}
