package id.sakip.common.attachment;

import id.sakip.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Stores attached files in PostgreSQL (they are small: minutes, scans, spreadsheets) with their
 * SHA-256. A file is accepted only when its type is allowed, it is not empty or too large, and a
 * parser of its declared type reads the whole of it ({@link FileContent}).
 */
@ApplicationScoped
public class AttachmentStore {
    private final AttachmentConfig config;

    public AttachmentStore(AttachmentConfig config) {
        this.config = config;
    }

    @Schema(name = "Attachment", description = "A stored file with its size and SHA-256")
    public record View(UUID id, UUID ownerId, String fileName, String contentType, long sizeBytes, String sha256,
            String uploadedBy, OffsetDateTime uploadedAt) {
        static View of(Attachment a) {
            return new View(a.id, a.ownerId, a.fileName, a.contentType, a.sizeBytes, a.sha256, a.uploadedBy,
                    a.uploadedAt);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public View store(String agencyCode, UUID ownerId, String fileName, String contentType, byte[] bytes,
            String uploader) {
        if (fileName == null || fileName.isBlank() || fileName.length() > 255 || fileName.contains("/")
                || fileName.contains("\\") || fileName.chars().anyMatch(Character::isISOControl)) {
            throw ProblemException.unprocessable("fileName", "is required: a plain file name of at most 255 characters");
        }
        String type = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        if (!config.allowedTypes().contains(type)) {
            throw new ProblemException(415, "unsupported-media-type", "Unsupported file type",
                    "files of type '" + type + "' are not accepted; accepted: " + String.join(", ", config.allowedTypes()),
                    null);
        }
        if (bytes == null || bytes.length == 0) {
            throw ProblemException.unprocessable("file", "is empty");
        }
        if (bytes.length > config.maxBytes()) {
            throw new ProblemException(413, "too-large", "File too large",
                    "the file has " + bytes.length + " bytes; at most " + config.maxBytes() + " are accepted", null);
        }
        FileContent.problem(type, bytes).ifPresent(why -> {
            throw ProblemException.unprocessable("file", "its content is not a " + type + " file: " + why);
        });
        Attachment a = new Attachment();
        a.id = UUID.randomUUID();
        a.agencyCode = agencyCode;
        a.ownerId = ownerId;
        a.fileName = fileName;
        a.contentType = type;
        a.sizeBytes = bytes.length;
        a.sha256 = sha256(bytes);
        a.content = bytes;
        a.uploadedBy = uploader;
        a.uploadedAt = OffsetDateTime.now(ZoneOffset.UTC);
        a.persist();
        return View.of(a);
    }

    /** The attachment, if it belongs to {@code ownerId}; 404 otherwise. */
    public Attachment get(UUID ownerId, UUID id) {
        Attachment a = Attachment.findById(id);
        if (a == null || !a.ownerId.equals(ownerId)) {
            throw ProblemException.notFound("attachment", id);
        }
        return a;
    }

    public List<View> list(UUID ownerId) {
        return Attachment.<Attachment>list("ownerId = ?1 order by uploadedAt", ownerId).stream().map(View::of).toList();
    }

    /** 422 naming {@code field} unless every id is an attachment of {@code ownerId}. */
    public void requireOwned(UUID ownerId, Collection<UUID> ids, String field) {
        long found = Attachment.count("ownerId = ?1 and id in ?2", ownerId, ids);
        if (found != ids.stream().distinct().count()) {
            throw ProblemException.unprocessable(field, "names a file that is not attached to " + ownerId);
        }
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
