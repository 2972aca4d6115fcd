package id.sakip.common.sop;

import id.sakip.common.attachment.AttachmentStore;
import id.sakip.common.attachment.StoredFile;
import java.util.List;
import java.util.UUID;

/** The files of an aggregate that follows an SOP, behind {@link SopAttachmentResource}. */
public interface SopAttachments {

    /** Stores a file of the aggregate for a step's document or a row's evidence (409 once it takes no more). */
    AttachmentStore.View attach(UUID id, String fileName, String contentType, byte[] content);

    /** Name, type, size and SHA-256 of each file. */
    List<AttachmentStore.View> files(UUID id);

    /** One file with its bytes. */
    StoredFile file(UUID id, UUID attachmentId);
}
