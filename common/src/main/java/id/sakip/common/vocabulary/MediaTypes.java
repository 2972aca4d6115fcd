package id.sakip.common.vocabulary;

/** The media types the services accept and produce, named once. */
public final class MediaTypes {
    public static final String PDF = "application/pdf";
    /** Office Open XML workbook (.xlsx). */
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** Office Open XML document (.docx). */
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";

    private MediaTypes() {
    }
}
