package id.sakip.common.attachment;

/** A stored file's bytes with what a download needs: its name, type and SHA-256. */
public record StoredFile(String fileName, String contentType, byte[] content, String sha256) {
    public static StoredFile of(Attachment a) {
        return new StoredFile(a.fileName, a.contentType, a.content, a.sha256);
    }
}
