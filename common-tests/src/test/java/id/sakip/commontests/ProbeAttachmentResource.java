package id.sakip.commontests;

import id.sakip.common.sop.SopAttachmentResource;
import jakarta.ws.rs.Path;

@Path("/probes/{id}/attachments")
public class ProbeAttachmentResource extends SopAttachmentResource {

    public ProbeAttachmentResource(ProbeService service) {
        super(service, "/probes");
    }
}
