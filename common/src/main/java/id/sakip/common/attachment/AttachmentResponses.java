package id.sakip.common.attachment;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** HTTP answers for the services' attachment endpoints: 201 with the stored file, and the download. */
public final class AttachmentResponses {
    private AttachmentResponses() {
    }

    public static Response created(String collectionPath, AttachmentStore.View v) {
        return Response.created(URI.create(collectionPath + "/" + v.id())).entity(v).type(MediaType.APPLICATION_JSON)
                .build();
    }

    /** The file with its type, an ASCII and a UTF-8 file name, and its SHA-256. */
    public static Response download(StoredFile f) {
        String ascii = f.fileName().replaceAll("[^A-Za-z0-9._-]", "_");
        String utf8 = URLEncoder.encode(f.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(f.content(), f.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + utf8)
                .header("X-Content-SHA256", f.sha256()).build();
    }
}
