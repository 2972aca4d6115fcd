package id.sakip.common.sop;

import id.sakip.common.attachment.AttachmentStore;
import id.sakip.common.attachment.StoredFile;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * An {@link SopAggregateService} whose aggregate keeps files for its steps' documents, behind
 * {@link SopAttachmentResource}: stored while it is writable and not read-only, read as it is read.
 */
public abstract class SopAggregateWithFiles<E extends SopAggregate, V extends SopAggregateView, N, S>
        extends SopAggregateService<E, V, N, S> implements SopAttachments {

    protected SopAggregateWithFiles(SopKit kit, Class<E> type, String noun) {
        super(kit, type, noun);
    }

    /** For the container's client proxy of a normal-scoped subclass; never called otherwise. */
    protected SopAggregateWithFiles() {
    }

    @Override
    @Transactional
    public AttachmentStore.View attach(UUID id, String fileName, String contentType, byte[] content) {
        return kit.attach(writable(id), fileName, contentType, content);
    }

    @Override
    @Transactional
    public List<AttachmentStore.View> files(UUID id) {
        return kit.files(readable(id));
    }

    @Override
    @Transactional
    public StoredFile file(UUID id, UUID attachmentId) {
        return kit.file(readable(id), attachmentId);
    }
}
