package id.sakip.commontests;

import id.sakip.common.sop.SopAggregateResource;
import jakarta.ws.rs.Path;

@Path("/probes")
public class ProbeResource extends SopAggregateResource<ProbeService.View, ProbeService.NewProbe, ProbeService.Step> {

    public ProbeResource(ProbeService service) {
        super(service, "/probes");
    }
}
