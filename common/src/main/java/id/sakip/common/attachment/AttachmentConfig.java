package id.sakip.common.attachment;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

/** Limits on attached files ({@code sakip.attachments.*}). */
@ConfigMapping(prefix = "sakip.attachments")
public interface AttachmentConfig {
    /** Largest file accepted, in bytes (the HTTP body limit must be at least this). */
    @WithDefault("10485760")
    long maxBytes();

    /** Content types accepted; the file's first bytes must match the declared type. */
    @WithDefault("application/pdf,image/png,image/jpeg,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    List<String> allowedTypes();
}
