package id.sakip.dashboard.view;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The officer's pages: the province overview, an agency's drill-down, and the XLSX export. */
@Path("/")
public class ProvinceResource {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final Pattern PERIOD = Pattern.compile("Q[1-4]|M(0[1-9]|1[0-2])");
    private static final Pattern AGENCY = Pattern.compile("[0-9A-Z][0-9A-Z-]{0,59}");
    private final Officer officer;
    private final ProvinceViews views;
    private final WorkbookExport export;

    public ProvinceResource(Officer officer, ProvinceViews views, WorkbookExport export) {
        this.officer = officer;
        this.views = views;
        this.export = export;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance overview(Views.Overview page);

        static native TemplateInstance agency(Views.AgencyPage page);

        static native TemplateInstance refused(String message);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance overview(@QueryParam("tahun") Integer year, @QueryParam("periode") String period) {
        String name = officer.require();
        return Templates.overview(views.overview(name, views.period(year(year), period(period))));
    }

    @GET
    @Path("instansi/{agencyCode}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance agency(@PathParam("agencyCode") String code, @QueryParam("tahun") Integer year) {
        String name = officer.require();
        if (!AGENCY.matcher(code).matches()) {
            throw new NotFoundException();
        }
        return Templates.agency(views.agency(name, code, year(year)).orElseThrow(NotFoundException::new));
    }

    @GET
    @Path("ekspor")
    @Produces(XLSX)
    public Response export(@QueryParam("tahun") Integer year, @QueryParam("periode") String period) {
        officer.require();
        ProvinceData.YearPeriod at = views.period(year(year), period(period));
        return Response.ok(export.workbook(at)).header(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"dasbor-sakip-" + at.year() + "-" + at.period() + ".xlsx\"").build();
    }

    private static Integer year(Integer year) {
        if (year != null && (year < 2000 || year > 2100)) {
            throw new NotFoundException();
        }
        return year;
    }

    private static String period(String period) {
        if (period != null && !PERIOD.matcher(period).matches()) {
            throw new NotFoundException();
        }
        return period;
    }

    @ServerExceptionMapper
    Response refused(ForbiddenException e) {
        return Response.status(Response.Status.FORBIDDEN).type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.refused("Halaman ini hanya untuk pejabat provinsi yang berwenang.").render()).build();
    }
}
