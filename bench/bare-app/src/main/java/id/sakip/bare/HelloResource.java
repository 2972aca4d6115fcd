package id.sakip.bare;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.Map;

/** The baseline: one JSON endpoint, nothing else. */
@Path("/hello")
public class HelloResource {
    @GET
    public Map<String, String> hello() {
        return Map.of("hello", "world");
    }
}
