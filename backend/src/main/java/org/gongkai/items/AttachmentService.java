package org.gongkai.items;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.gongkai.common.audit.AuditService;
import org.gongkai.common.audit.ChangeSet;
import org.gongkai.common.error.ApiException;
import org.gongkai.common.period.YearLocks;
import org.gongkai.common.security.AgencyScope;
import org.gongkai.common.security.CurrentUser;
import org.gongkai.items.dto.AttachmentView;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Attachments of drafts: size limit (413), type checked by content and extension (415), SHA-256 kept, bytes
 * in the content-addressed {@link FileStore}. Downloads follow the item's visibility.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AttachmentService {

    static final int MAX_PER_ITEM = 50;
    private static final int NAME_MAX = 255;

    @Inject
    ItemService itemService;

    @Inject
    ItemAttachmentRepository attachments;

    @Inject
    FileStore files;

    @Inject
    ItemsConfig config;

    @Inject
    AuditService audit;

    @Inject
    CurrentUser user;

    @Inject
    AgencyScope scope;

    @Inject
    YearLocks yearLocks;

    /** A file to send: where it is and what to call it. */
    public record Download(Path path, String fileName, String contentType, long size, boolean isPublic) {
    }

    @Transactional
    public AttachmentView upload(long itemId, Path upload, String clientFileName, long size) {
        DisclosureItem i = itemService.find(itemId);
        scope.requireCanActOn(i.agency.id);
        ItemTransitions.require(i.status, ItemAction.ATTACH, user::hasRole);
        yearLocks.requireOpen(i.agency.id, i.writtenDate);
        long max = config.maxAttachmentSize().asLongValue();
        if (size > max) {
            throw ApiException.payloadTooLarge("附件不能超过" + megabytes(max) + "。",
                    "Attachments may be at most " + megabytes(max) + ".");
        }
        String name = fileName(clientFileName);
        FileTypes.Kind kind = FileTypes.byExtension(name).orElseThrow(() -> ApiException.unsupportedMediaType(
                "不支持该类型的附件。允许的类型：" + FileTypes.ALLOWED + "。",
                "This type of attachment is not accepted. Allowed: " + FileTypes.ALLOWED + "."));
        requireContent(upload, size, kind);
        if (attachments.count("itemId", i.id) >= MAX_PER_ITEM) {
            throw ApiException.conflict("TOO_MANY_ATTACHMENTS", "每条信息最多" + MAX_PER_ITEM + "个附件。",
                    "An item may have at most " + MAX_PER_ITEM + " attachments.");
        }
        ItemAttachment a = keep(i.id, upload, name, kind);
        audit.record(ItemService.AUDIT_TYPE, i.id, "ATTACH", i.agency.id, ChangeSet.empty()
                .note("attachmentId", a.id).note("fileName", a.fileName).note("sizeBytes", a.sizeBytes)
                .note("sha256", a.sha256));
        return ItemViews.attachment(a);
    }

    /** Stores a checked file and records it as an attachment of the item (the caller audits). */
    @Transactional(Transactional.TxType.MANDATORY)
    ItemAttachment keep(long itemId, Path file, String name, FileTypes.Kind kind) {
        FileStore.Stored stored = files.store(file);
        ItemAttachment a = new ItemAttachment();
        a.itemId = itemId;
        a.fileName = name;
        a.fileType = kind.extension;
        a.contentType = kind.contentType;
        a.sizeBytes = stored.size();
        a.sha256 = stored.sha256();
        a.uploadedBy = Actor.of(user);
        attachments.persist(a);
        attachments.flush();
        return a;
    }

    /** 415 unless the file's content is what its extension says. */
    static void requireContent(Path file, long size, FileTypes.Kind kind) {
        try {
            if (size == 0 || !FileTypes.contentMatches(file, kind)) {
                throw ApiException.unsupportedMediaType("文件内容与扩展名（." + kind.extension + "）不符，请上传真实的"
                                + kind.extension + "文件。",
                        "The file's content does not match its extension (." + kind.extension + ").");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes every attachment of an item; files nothing else uses go once the transaction commits. */
    @Transactional(Transactional.TxType.MANDATORY)
    void removeAll(long itemId) {
        for (ItemAttachment a : attachments.forItem(itemId)) {
            attachments.delete(a);
            attachments.flush();
            if (attachments.countBySha(a.sha256) == 0) {
                files.deleteAfterCommit(a.sha256);
            }
        }
    }

    public Download download(long itemId, long attachmentId) {
        DisclosureItem i = itemService.readable(itemId);
        ItemAttachment a = attachmentOf(i, attachmentId);
        Path path = files.path(a.sha256);
        if (!Files.exists(path)) {
            throw ApiException.notFound("ATTACHMENT_FILE_MISSING", "附件文件已丢失，请联系管理员。",
                    "The attachment's file is missing; please tell an administrator.");
        }
        return new Download(path, a.fileName, a.contentType, a.sizeBytes, i.status == ItemStatus.PUBLISHED);
    }

    @Transactional
    public void delete(long itemId, long attachmentId) {
        DisclosureItem i = itemService.find(itemId);
        scope.requireCanActOn(i.agency.id);
        ItemTransitions.require(i.status, ItemAction.ATTACH, user::hasRole);
        yearLocks.requireOpen(i.agency.id, i.writtenDate);
        ItemAttachment a = attachmentOf(i, attachmentId);
        attachments.delete(a);
        attachments.flush();
        if (attachments.countBySha(a.sha256) == 0) {
            files.deleteAfterCommit(a.sha256);
        }
        audit.record(ItemService.AUDIT_TYPE, i.id, "DETACH", i.agency.id, ChangeSet.empty()
                .note("attachmentId", a.id).note("fileName", a.fileName).note("sha256", a.sha256));
    }

    private ItemAttachment attachmentOf(DisclosureItem i, long attachmentId) {
        return attachments.findByIdOptional(attachmentId).filter(a -> a.itemId.equals(i.id))
                .orElseThrow(() -> ApiException.notFound("ATTACHMENT_NOT_FOUND", "附件不存在。", "No such attachment."));
    }

    /** The name the uploader's computer gave, without any path, control characters or excess length. */
    static String fileName(String raw) {
        String name = raw == null ? "" : raw;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}]", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            throw ApiException.invalidField("file", "附件缺少文件名。", "The attachment has no file name.");
        }
        if (name.length() > NAME_MAX) {
            int dot = name.lastIndexOf('.');
            String ext = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, NAME_MAX - ext.length()) + ext;
        }
        return name;
    }

    private static String megabytes(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes / 1024 + " KB";
    }
}
